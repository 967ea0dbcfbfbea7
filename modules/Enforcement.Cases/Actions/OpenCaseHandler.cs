using System.Text.Json;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Messages.Catalogue;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Actions;

/// <summary>Opens a case under an item of an enabled module, snapshotting the item as it is today.</summary>
internal sealed class OpenCaseHandler(CasesDbContext db, IMediator mediator, ClockKeeper clocks, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<OpenCase, Result<OpenedCase>>
{
    public async Task<Result<OpenedCase>> Handle(OpenCase request, CancellationToken ct)
    {
        var found = await mediator.Send(new GetEnforcementItem(request.ItemCode), ct);
        if (found is null)
            return new Problem(ProblemKind.Invalid, $"没有编号为 {request.ItemCode} 的执法事项，或其部门模块未启用",
                new Dictionary<string, string[]> { ["itemCode"] = [$"未知的执法事项 {request.ItemCode}"] });

        var delegation = await mediator.Send(new GetDelegation(request.Jurisdiction, found.Item.Code, LocalDay.Today(clock)), ct);
        if (delegation is null || delegation.Mode == DelegationMode.NotDelegated)
            return new Problem(ProblemKind.Invalid,
                $"事项 {found.Item.Code} 目前未委托本街道执法，请转交{found.DepartmentName}处理",
                new Dictionary<string, string[]> { ["itemCode"] = [$"事项 {found.Item.Code} 未委托本街道"] });

        var now = clock.GetUtcNow().UtcDateTime;
        var id = Guid.CreateVersion7(clock.GetUtcNow());
        var item = found.Item;
        var c = new Case
        {
            Id = id,
            Number = $"AJ{clock.GetUtcNow().ToOffset(LocalDay.Offset):yyyyMMdd}-{id.ToString("N")[^8..].ToUpperInvariant()}",
            Jurisdiction = request.Jurisdiction,
            WorkOrderId = request.WorkOrderId,
            WorkOrderNumber = request.WorkOrderNumber,
            ItemCode = item.Code,
            ItemVersion = item.Version,
            ItemName = item.Name,
            Department = item.Department,
            DepartmentName = found.DepartmentName,
            ItemSnapshotJson = StateRecorder.Serialize(new
            {
                item.Field, violatedCitation = item.Violated.ToString(), penaltyCitation = item.PenaltyBasis.ToString(),
                item.Violated, item.PenaltyBasis, item.Penalty, item.SimpleProcedureAllowed,
                requiredEvidence = item.RequiredEvidence.Select(e => e.ToString()),
            })!,
            FormJson = StateRecorder.Serialize(found.Form)!,
            OverrideReason = request.OverrideReason,
            DelegationMode = delegation.Mode.Code(),
            DelegationJson = StateRecorder.Serialize(delegation)!,
            Status = CaseStatus.Opened,
            OpenedAt = now,
        };
        if (request.IsMajor) MarkMajorHandler.StartMajorClocks(c, clocks, now, "分拨时认定为重大复杂案件");
        db.Cases.Add(c);
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(c.Jurisdiction, "case", c.Id.ToString(), "opened", null, CaseRecord.Of(c), ct);
        return new OpenedCase(c.Id, c.Number);
    }
}
