using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Inbox.Accept;

/// <summary>A closed case closes the work order it came from, and its "me too" calls (in the same transaction).</summary>
internal sealed class CloseWorkOrderOnCaseClosed(InboxDbContext db, StateRecorder recorder, TimeProvider clock) : INotificationHandler<CaseClosed>
{
    public async Task Handle(CaseClosed notification, CancellationToken ct)
    {
        var orders = await db.WorkOrders
            .Where(w => (w.Id == notification.WorkOrderId || w.CaseId == notification.CaseId || w.DuplicateOfId == notification.WorkOrderId)
                && w.Status != WorkOrderStatus.Closed)
            .ToListAsync(ct);
        foreach (var order in orders)
        {
            var before = WorkOrderView.Of(order);
            order.Status = WorkOrderStatus.Closed;
            order.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(ct);
            await recorder.RecordAsync(order.Jurisdiction, "work-order", order.Id.ToString(), "closed", before, WorkOrderView.Of(order), ct);
        }
    }
}
