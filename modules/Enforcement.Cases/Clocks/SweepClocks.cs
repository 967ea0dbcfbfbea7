using Enforcement.Shared.Infrastructure;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Cases.Clocks;

/// <summary>Flags every clock that has run out since the last sweep; returns how many it flagged.</summary>
public sealed record SweepClocks : ICommand<int>;

internal sealed class SweepClocksHandler(CasesDbContext db, ClockKeeper keeper, TimeProvider clock) : IRequestHandler<SweepClocks, int>
{
    public async Task<int> Handle(SweepClocks request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dueCaseIds = await db.Clocks
            .Where(k => k.StoppedAt == null && k.OverdueAt == null && !k.IsWindow && k.PausedAt == null && k.DueAt < now)
            .Select(k => k.CaseId).Distinct().ToListAsync(ct);
        var flagged = 0;
        foreach (var caseId in dueCaseIds)
        {
            var c = await db.Cases.Include(x => x.Clocks).FirstAsync(x => x.Id == caseId, ct);
            foreach (var k in c.Clocks.ToList())
                if (await keeper.FlagIfOverdueAsync(c, k, now, ct)) flagged++;
            c.Revision++;
        }
        await db.SaveChangesAsync(ct);
        return flagged;
    }
}

/// <summary>The Hangfire job: one sweep in its own scope and transaction.</summary>
[ModuleService]
public sealed class ClockSweepJob(IMediator mediator)
{
    public const string RecurringId = "clock-sweep";

    public Task<int> RunAsync() => mediator.Send(new SweepClocks());
}
