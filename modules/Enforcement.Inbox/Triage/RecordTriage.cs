using System.Text.Json;
using Enforcement.Inbox.Duplicates;
using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Inbox.Triage;

/// <summary>
/// Stores the modules' answer on a work order. No candidate, or any module failing to answer, sends
/// it to manual triage: a missing answer might have been the right one. A cleanly triaged order (or one
/// whose resident chose the item) about an open matter at the same place becomes a "me too" of it.
/// </summary>
internal sealed record RecordTriage(Guid WorkOrderId, TriageAnswer Answer) : ICommand<Result<WorkOrderView>>;

internal sealed class RecordTriageHandler(InboxDbContext db, StateRecorder recorder, DuplicateFinder duplicates, TimeProvider clock)
    : IRequestHandler<RecordTriage, Result<WorkOrderView>>
{
    public async Task<Result<WorkOrderView>> Handle(RecordTriage request, CancellationToken ct)
    {
        var order = await db.WorkOrders.FindAsync([request.WorkOrderId], ct);
        if (order is null) return new Problem(ProblemKind.NotFound, $"工单 {request.WorkOrderId} 不存在");
        if (order.Status is not (WorkOrderStatus.Received or WorkOrderStatus.Triaged or WorkOrderStatus.ManualTriage))
            return new Problem(ProblemKind.Conflict, $"工单 {order.Number} 当前状态为“{WorkOrderView.NameOfStatus(order.Status)}”，不能重新分拨");

        var before = WorkOrderView.Of(order);
        order.SuggestionsJson = JsonSerializer.Serialize(request.Answer.Suggestions);
        order.TriageFailuresJson = request.Answer.Failures.Count == 0 ? null : JsonSerializer.Serialize(request.Answer.Failures);
        order.NotEnforcementJson = request.Answer.NotEnforcement is null ? null : JsonSerializer.Serialize(request.Answer.NotEnforcement);
        order.TopItemCode = request.Answer.Suggestions.FirstOrDefault()?.ItemCode;
        order.Status = request.Answer.Suggestions.Count == 0 || request.Answer.Failures.Count > 0
            ? WorkOrderStatus.ManualTriage
            : WorkOrderStatus.Triaged;
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var after = WorkOrderView.Of(order);
        await recorder.RecordAsync(order.Jurisdiction, "work-order", order.Id.ToString(), "triaged", before, after, ct);

        if (order.Status != WorkOrderStatus.Triaged && order.ServiceCode is null) return after;
        var matter = await duplicates.FindMatterAsync(order, ct);
        if (matter is null) return after;

        order.Status = WorkOrderStatus.Linked;
        order.DuplicateOfId = matter.Id;
        order.ItemCode = matter.ItemCode;
        order.CaseId = matter.CaseId;
        order.CaseNumber = matter.CaseNumber;
        await db.SaveChangesAsync(ct);
        var linked = WorkOrderView.Of(order);
        await recorder.RecordAsync(order.Jurisdiction, "work-order", order.Id.ToString(), "linked-as-duplicate", after, linked, ct);
        return linked;
    }
}
