using System.Text.Json;
using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Inbox.Accept;

/// <summary>
/// The dispatcher's decision: accept a suggested item, or override with another item (which needs a
/// reason). Either opens a case under the chosen item.
/// </summary>
public sealed record AcceptTriage(Guid WorkOrderId, string? ItemCode, bool IsMajor, string? OverrideReason)
    : ICommand<Result<OpenedCase>>;

internal sealed class AcceptTriageHandler(InboxDbContext db, IMediator mediator, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<AcceptTriage, Result<OpenedCase>>
{
    public async Task<Result<OpenedCase>> Handle(AcceptTriage request, CancellationToken ct)
    {
        var order = await db.WorkOrders.FindAsync([request.WorkOrderId], ct);
        if (order is null) return new Problem(ProblemKind.NotFound, $"工单 {request.WorkOrderId} 不存在");
        if (order.Status is not (WorkOrderStatus.Triaged or WorkOrderStatus.ManualTriage))
            return new Problem(ProblemKind.Conflict, $"工单 {order.Number} 当前状态为“{WorkOrderView.StatusCode(order.Status)}”，不能分拨立案");
        if (string.IsNullOrWhiteSpace(request.ItemCode))
            return new Problem(ProblemKind.Invalid, "须选择执法事项", new Dictionary<string, string[]> { ["itemCode"] = ["须选择执法事项（itemCode）"] });

        var suggested = order.SuggestionsJson is not null
            && JsonSerializer.Deserialize<List<SuggestionView>>(order.SuggestionsJson)!.Any(s => s.ItemCode == request.ItemCode);
        var reason = request.OverrideReason?.Trim();
        if (!suggested && string.IsNullOrEmpty(reason))
            return new Problem(ProblemKind.Invalid, "所选事项不在系统建议中，改派须说明理由",
                new Dictionary<string, string[]> { ["overrideReason"] = ["改派须填写理由（overrideReason）"] });

        var opened = await mediator.Send(new OpenCase(order.Id, order.Number, order.Jurisdiction, request.ItemCode,
            request.IsMajor, suggested ? null : reason), ct);
        if (!opened.Ok) return opened;

        var before = WorkOrderView.Of(order);
        order.Status = WorkOrderStatus.CaseOpened;
        order.ItemCode = request.ItemCode;
        order.CaseId = opened.Value!.CaseId;
        order.CaseNumber = opened.Value.CaseNumber;
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(order.Jurisdiction, "work-order", order.Id.ToString(),
            suggested ? "triage-accepted" : "triage-overridden", before, WorkOrderView.Of(order), ct);
        await AttachMeTooCallsAsync(order, ct);
        var top = before.Suggestions.FirstOrDefault()?.ItemCode;
        await mediator.Publish(new TriageCorrected(order.Text, top, request.ItemCode, clock.GetUtcNow()), ct);
        return opened;
    }

    /// <summary>The "me too" calls already linked to this matter follow it into its case.</summary>
    private async Task AttachMeTooCallsAsync(WorkOrder matter, CancellationToken ct)
    {
        var linked = await db.WorkOrders
            .Where(w => w.DuplicateOfId == matter.Id && w.Status == WorkOrderStatus.Linked && w.CaseId == null)
            .ToListAsync(ct);
        foreach (var call in linked)
        {
            var before = WorkOrderView.Of(call);
            call.CaseId = matter.CaseId;
            call.CaseNumber = matter.CaseNumber;
            call.ItemCode = matter.ItemCode;
            call.UpdatedAt = matter.UpdatedAt;
            await db.SaveChangesAsync(ct);
            await recorder.RecordAsync(call.Jurisdiction, "work-order", call.Id.ToString(), "matter-case-opened", before, WorkOrderView.Of(call), ct);
        }
    }
}
