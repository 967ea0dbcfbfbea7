using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Messages.Cases;
using MediatR;

namespace Enforcement.Inbox.Accept;

/// <summary>A closed case closes the work order it came from (in the same transaction).</summary>
internal sealed class CloseWorkOrderOnCaseClosed(InboxDbContext db, StateRecorder recorder) : INotificationHandler<CaseClosed>
{
    public async Task Handle(CaseClosed notification, CancellationToken ct)
    {
        var order = await db.WorkOrders.FindAsync([notification.WorkOrderId], ct);
        if (order is null || order.Status == WorkOrderStatus.Closed) return;
        var before = WorkOrderView.Of(order);
        order.Status = WorkOrderStatus.Closed;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(order.Jurisdiction, "work-order", order.Id.ToString(), "closed", before, WorkOrderView.Of(order), ct);
    }
}
