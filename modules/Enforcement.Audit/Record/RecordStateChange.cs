using Enforcement.Audit.Persistence;
using Enforcement.Shared.Messages.Audit;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Audit.Record;

/// <summary>
/// Appends each state change to the chain, inside the transaction of the command that made it.
/// The sequence is the primary key, so two writers racing for one link cannot both commit.
/// </summary>
internal sealed class RecordStateChange(AuditDbContext db) : INotificationHandler<StateChanged>
{
    public async Task Handle(StateChanged change, CancellationToken cancellationToken)
    {
        var last = await db.Entries.OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash }).FirstOrDefaultAsync(cancellationToken);
        var entry = new AuditEntry
        {
            Sequence = (last?.Sequence ?? 0) + 1,
            PreviousHash = last?.Hash ?? ChainHash.Genesis,
            Jurisdiction = change.Jurisdiction,
            At = change.At.UtcDateTime,
            Actor = change.Actor,
            EntityType = change.EntityType,
            EntityId = change.EntityId,
            Action = change.Action,
            Before = change.Before,
            After = change.After,
        };
        entry.Hash = ChainHash.Compute(entry);
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }
}
