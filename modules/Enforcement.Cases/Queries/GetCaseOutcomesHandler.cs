using Enforcement.Cases.Cases;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;
using static Enforcement.Cases.StoredUtc;

namespace Enforcement.Cases.Queries;

/// <summary>Answers the inbox's write-back: each case's times, result summary and satisfaction.</summary>
internal sealed class GetCaseOutcomesHandler(CasesDbContext db) : IRequestHandler<GetCaseOutcomes, IReadOnlyList<CaseOutcome>>
{
    public async Task<IReadOnlyList<CaseOutcome>> Handle(GetCaseOutcomes r, CancellationToken ct)
    {
        var ids = r.CaseIds.Distinct().ToList();
        var found = new List<Case>();
        // Chunked so a long list stays under SQLite's parameter limit.
        foreach (var chunk in ids.Chunk(500))
            found.AddRange(await db.Cases.AsNoTracking().Where(c => chunk.Contains(c.Id)).ToListAsync(ct));
        if (r.ChangedSince is { } since)
        {
            var s = since.UtcDateTime;
            found.AddRange(await db.Cases.AsNoTracking()
                .Where(c => c.OpenedAt >= s || c.DispatchedAt >= s || c.ArrivedAt >= s || c.OpinionAt >= s
                    || c.ResultAt >= s || c.ClosedAt >= s || c.RatedAt >= s)
                .ToListAsync(ct));
        }
        return found.DistinctBy(c => c.Id).Select(Outcome).ToList();
    }

    private static CaseOutcome Outcome(Case c)
    {
        DateTime?[] steps = [c.OpenedAt, c.DispatchedAt, c.ArrivedAt, c.OpinionAt, c.ResultAt, c.ClosedAt, c.RatedAt];
        return new CaseOutcome(c.Id, c.Number, c.WorkOrderId, c.ItemCode, c.ItemName, CaseStates.Code(c.Status), CaseStates.Name(c.Status),
            At(c.OpenedAt), At(c.DispatchedAt), At(c.ArrivedAt), At(c.ResultAt), At(c.ClosedAt), c.ResultSummary,
            c.Satisfaction, c.SatisfactionComment, At(c.RatedAt), At(steps.Max()!.Value));
    }
}
