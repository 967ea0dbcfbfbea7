using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Inbox.Duplicates;

/// <summary>
/// A dispatcher decides a "me too" is a matter of its own: it leaves the matter (and its case) and goes
/// back to triage with its suggestions. The reason is kept, and it is never linked automatically again.
/// </summary>
public sealed record UnlinkDuplicate(Guid WorkOrderId, string? Reason) : ICommand<Result<WorkOrderView>>;

internal sealed class UnlinkDuplicateHandler(InboxDbContext db, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<UnlinkDuplicate, Result<WorkOrderView>>
{
    public async Task<Result<WorkOrderView>> Handle(UnlinkDuplicate r, CancellationToken ct)
    {
        var reason = r.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 500)
            return new Problem(ProblemKind.Invalid, "取消并案须说明理由",
                new Dictionary<string, string[]> { ["reason"] = ["须填写取消并案的理由（reason），不超过 500 个字符"] });
        var order = await db.WorkOrders.FindAsync([r.WorkOrderId], ct);
        if (order is null) return new Problem(ProblemKind.NotFound, $"工单 {r.WorkOrderId} 不存在");
        if (order.Status != WorkOrderStatus.Linked)
            return new Problem(ProblemKind.Conflict, $"工单 {order.Number} 当前状态为“{WorkOrderView.NameOfStatus(order.Status)}”，不是重复件，无需取消并案");

        var before = WorkOrderView.Of(order);
        order.DuplicateOfId = null;
        order.CaseId = null;
        order.CaseNumber = null;
        order.ItemCode = null;
        order.UnlinkReason = reason;
        order.Status = before.Suggestions.Count == 0 || before.TriageFailures.Count > 0 ? WorkOrderStatus.ManualTriage : WorkOrderStatus.Triaged;
        order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var after = WorkOrderView.Of(order);
        await recorder.RecordAsync(order.Jurisdiction, "work-order", order.Id.ToString(), "unlinked", before, after, ct);
        return after;
    }
}
