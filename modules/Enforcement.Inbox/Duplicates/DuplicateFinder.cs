using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Inbox.Duplicates;

/// <summary>
/// Finds the open matter a newly triaged work order repeats ("me too", 重复件): a work order of the same
/// jurisdiction that is neither closed nor itself linked, about the same item, at the same place, reported
/// within the window (<c>Enforcement:Duplicates:Window</c>, default 7 days) of the new one.
/// </summary>
[ModuleService]
internal sealed class DuplicateFinder(InboxDbContext db, IConfiguration configuration)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(7);

    public TimeSpan Window => configuration.GetValue<TimeSpan?>("Enforcement:Duplicates:Window") ?? DefaultWindow;

    /// <summary>The matter's first work order, or null when the order is its own matter.</summary>
    public async Task<WorkOrder?> FindMatterAsync(WorkOrder order, CancellationToken ct)
    {
        var item = order.MatterItem;
        if (item is null || order.UnlinkReason is not null) return null;

        var from = order.ReportedAt - Window;
        var to = order.ReportedAt + Window;
        var candidates = await db.WorkOrders.AsNoTracking()
            .Where(w => w.Id != order.Id && w.Jurisdiction == order.Jurisdiction
                && w.Status != WorkOrderStatus.Closed && w.Status != WorkOrderStatus.Linked
                && w.ReportedAt >= from && w.ReportedAt <= to
                && (w.ItemCode == item || (w.ItemCode == null && (w.ServiceCode == item || (w.ServiceCode == null && w.TopItemCode == item)))))
            .ToListAsync(ct);
        return candidates
            .Where(w => SamePlace.Match(order.Address, order.Latitude, order.Longitude, w.Address, w.Latitude, w.Longitude))
            .OrderByDescending(w => w.CaseId is not null)     // a matter already being worked wins
            .ThenBy(w => w.ReportedAt)
            .ThenBy(w => w.Id)
            .FirstOrDefault();
    }
}
