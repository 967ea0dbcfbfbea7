using Enforcement.Audit.Persistence;
using Enforcement.Shared.Messages.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Audit.Record;

/// <summary>Answers other modules (the 卷宗) with one entity's recorded changes, oldest first, each with its chain hash.</summary>
internal sealed class GetRecordOfHandler(AuditDbContext db) : IRequestHandler<GetRecordOf, IReadOnlyList<RecordEntry>>
{
    public async Task<IReadOnlyList<RecordEntry>> Handle(GetRecordOf request, CancellationToken ct)
    {
        var entries = await db.Entries.AsNoTracking()
            .Where(e => e.EntityType == request.EntityType && e.EntityId == request.EntityId)
            .OrderBy(e => e.Sequence)
            .Select(e => new { e.Sequence, e.At, e.Actor, e.Action, e.Hash })
            .ToListAsync(ct);
        return entries.Select(e => new RecordEntry(e.Sequence, new DateTimeOffset(DateTime.SpecifyKind(e.At, DateTimeKind.Utc)), e.Actor, e.Action, e.Hash))
            .ToList();
    }
}
