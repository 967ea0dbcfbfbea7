using Enforcement.Inbox.Import;
using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Inbox.WriteBack;

/// <summary>
/// The channel's work orders that changed since a moment: the order itself (received, triaged, linked,
/// case opened, closed) or its case (dispatch, arrival, result, close, satisfaction — read over the bus).
/// </summary>
[ModuleService]
internal sealed class WriteBackQuery(InboxDbContext db, IMediator mediator)
{
    public async Task<IReadOnlyList<WriteBackRow>> RowsAsync(string channel, DateTimeOffset? since, CancellationToken ct)
    {
        var orders = db.WorkOrders.AsNoTracking().Where(w => w.Channel == channel);
        var changed = since is { } s0 ? await orders.Where(w => w.UpdatedAt >= s0.UtcDateTime).ToListAsync(ct) : await orders.ToListAsync(ct);

        var caseIds = changed.Where(w => w.CaseId is not null).Select(w => w.CaseId!.Value).ToList();
        var outcomes = (await mediator.Send(new GetCaseOutcomes(caseIds, since), ct)).ToDictionary(o => o.CaseId);
        var known = changed.Select(w => w.Id).ToHashSet();
        var moreCases = outcomes.Keys.Except(caseIds).ToList();
        foreach (var chunk in moreCases.Chunk(500))
        {
            var ids = chunk.Select(id => (Guid?)id).ToList();
            changed.AddRange((await orders.Where(w => ids.Contains(w.CaseId)).ToListAsync(ct)).Where(w => known.Add(w.Id)));
        }

        var matterIds = changed.Where(w => w.DuplicateOfId is not null).Select(w => w.DuplicateOfId!.Value).Distinct().ToList();
        var matters = new Dictionary<Guid, string>();
        foreach (var chunk in matterIds.Chunk(500))
            foreach (var m in await db.WorkOrders.AsNoTracking().Where(w => chunk.Contains(w.Id)).Select(w => new { w.Id, w.ExternalId }).ToListAsync(ct))
                matters[m.Id] = m.ExternalId;

        return changed
            .Select(w => Row(w, w.CaseId is { } c ? outcomes.GetValueOrDefault(c) : null, w.DuplicateOfId is { } d ? matters.GetValueOrDefault(d) : null))
            .OrderBy(r => r.UpdatedAt, StringComparer.Ordinal).ThenBy(r => r.Number, StringComparer.Ordinal)
            .ToList();
    }

    private static WriteBackRow Row(WorkOrder w, CaseOutcome? c, string? duplicateOf)
    {
        var updated = Utc(w.UpdatedAt);
        if (c is not null && c.LastChangedAt > updated) updated = c.LastChangedAt;
        return new WriteBackRow(w.ExternalId, w.Number, WorkOrderView.StatusCode(w.Status), WorkOrderView.NameOfStatus(w.Status),
            w.CaseNumber, w.ItemCode ?? c?.ItemCode, c?.ResultSummary, W3cTime.Format(Utc(w.ReceivedAt)), W3cTime.Format(c?.DispatchedAt),
            W3cTime.Format(c?.ArrivedAt), W3cTime.Format(c?.ResultAt), W3cTime.Format(c?.ClosedAt), c?.Satisfaction,
            c?.SatisfactionComment, duplicateOf, W3cTime.Format(updated));
    }

    private static DateTimeOffset Utc(DateTime t) => new(DateTime.SpecifyKind(t, DateTimeKind.Utc));
}
