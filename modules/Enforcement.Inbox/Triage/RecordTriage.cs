using System.Text.Json;
using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Inbox.Triage;

/// <summary>
/// Stores the modules' answer on a work order. No candidate, or any module failing to answer, sends
/// it to manual triage: a missing answer might have been the right one.
/// </summary>
internal sealed record RecordTriage(Guid WorkOrderId, TriageAnswer Answer) : ICommand<Result<WorkOrderView>>;

internal sealed class RecordTriageHandler(InboxDbContext db, StateRecorder recorder, TimeProvider clock) : IRequestHandler<RecordTriage, Result<WorkOrderView>>
{
    public async Task<Result<WorkOrderView>> Handle(RecordTriage request, CancellationToken ct)
    {
        var order = await db.WorkOrders.FindAsync([request.WorkOrderId], ct);
        if (order is null) return new Problem(ProblemKind.NotFound, $"工单 {request.WorkOrderId} 不存在");
        if (order.Status is not (WorkOrderStatus.Received or WorkOrderStatus.Triaged or WorkOrderStatus.ManualTriage))
            return new Problem(ProblemKind.Conflict, $"工单 {order.Number} 已立案，不能重新分拨");

        var before = WorkOrderView.Of(order);
        order.SuggestionsJson = JsonSerializer.Serialize(request.Answer.Suggestions);
        order.TriageFailuresJson = request.Answer.Failures.Count == 0 ? null : JsonSerializer.Serialize(request.Answer.Failures);
        order.Status = request.Answer.Suggestions.Count == 0 || request.Answer.Failures.Count > 0
            ? WorkOrderStatus.ManualTriage
            : WorkOrderStatus.Triaged;
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var after = WorkOrderView.Of(order);
        await recorder.RecordAsync(order.Jurisdiction, "work-order", order.Id.ToString(), "triaged", before, after, ct);
        return after;
    }
}
