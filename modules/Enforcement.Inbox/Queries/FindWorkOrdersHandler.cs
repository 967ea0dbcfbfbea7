using System.Text.Json;
using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Messages.Inbox;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Inbox.Queries;

internal sealed class FindWorkOrdersHandler(InboxDbContext db) : IRequestHandler<FindWorkOrders, IReadOnlyList<WorkOrderSummary>>
{
    public async Task<IReadOnlyList<WorkOrderSummary>> Handle(FindWorkOrders r, CancellationToken ct)
    {
        var q = db.WorkOrders.AsNoTracking().Where(w => w.Jurisdiction == r.Jurisdiction);
        if (r.Ids is { Count: > 0 }) q = q.Where(w => r.Ids.Contains(w.Id));
        if (r.Channel is not null) q = q.Where(w => w.Channel == r.Channel);
        if (r.ReportedFrom is { } from) q = q.Where(w => w.ReportedAt >= from.UtcDateTime);
        if (r.ReportedTo is { } to) q = q.Where(w => w.ReportedAt <= to.UtcDateTime);
        if (r.Open is true) q = q.Where(w => w.Status != WorkOrderStatus.Closed);
        if (r.Open is false) q = q.Where(w => w.Status == WorkOrderStatus.Closed);
        var rows = await q.OrderByDescending(w => w.ReceivedAt).ThenByDescending(w => w.Id).ToListAsync(ct);

        var summaries = rows.Select(Summary);
        if (r.ServiceCodes is { Count: > 0 }) summaries = summaries.Where(s => s.ServiceCode is not null && r.ServiceCodes.Contains(s.ServiceCode));
        return summaries.Take(Math.Max(r.Take, 0)).ToList();
    }

    private static WorkOrderSummary Summary(WorkOrder w)
    {
        var view = WorkOrderView.Of(w);
        var code = w.ItemCode ?? w.ServiceCode ?? view.Suggestions.FirstOrDefault()?.ItemCode;
        return new WorkOrderSummary(w.Id, w.Number, w.Jurisdiction, w.Channel, w.ExternalId, w.Text, w.Address, w.Latitude,
            w.Longitude, view.ReportedAt, view.ReceivedAt, view.UpdatedAt, view.Status, view.StatusName,
            w.Status != WorkOrderStatus.Closed, code, w.CaseId, w.CaseNumber, w.DuplicateOfId);
    }
}
