using Enforcement.Shared.Infrastructure;
using Enforcement.Cases.Cases;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.Extensions.Options;

namespace Enforcement.Cases.Clocks;

/// <summary>
/// Starts and stops a case's clocks, and flags an overdue one exactly once: whichever comes first,
/// the sweep noticing it ran out or the step it waited for arriving late.
/// </summary>
[ModuleService]
internal sealed class ClockKeeper(IOptions<ServiceLevelOptions> levels, IMediator mediator, StateRecorder recorder)
{
    public Clock Start(Case c, string kind, DateTime now)
    {
        var (name, source) = ClockKinds.Describe(kind);
        var clock = new Clock
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            Kind = kind,
            Name = name,
            Source = source,
            StartedAt = now,
            DueAt = now + ClockKinds.Length(kind, levels.Value),
        };
        c.Clocks.Add(clock);
        return clock;
    }

    /// <summary>Stops the running clock of a kind, if any; a late stop flags it overdue first.</summary>
    public async Task StopAsync(Case c, string kind, DateTime now, CancellationToken ct, string? note = null)
    {
        foreach (var clock in c.Clocks.Where(k => k.Kind == kind && k.StoppedAt is null))
        {
            if (note is null) await FlagIfOverdueAsync(c, clock, now, ct);
            clock.StoppedAt = now;
            clock.StopNote = note;
        }
    }

    /// <summary>Flags a clock that has run out and is not yet flagged; returns whether it did.</summary>
    public async Task<bool> FlagIfOverdueAsync(Case c, Clock clock, DateTime now, CancellationToken ct)
    {
        if (clock.OverdueAt is not null || clock.StoppedAt is not null || now <= clock.DueAt) return false;
        clock.OverdueAt = now;
        c.IsOverdue = true;
        await recorder.RecordAsync(c.Jurisdiction, "case", c.Id.ToString(), "clock-overdue",
            new { clock = clock.Kind, dueAt = clock.DueAt }, new { clock = clock.Kind, dueAt = clock.DueAt, detectedAt = now }, ct);
        await mediator.Publish(new CaseOverdue(c.Id, c.Number, clock.Kind, c.ItemCode, c.Jurisdiction,
            new DateTimeOffset(clock.DueAt), new DateTimeOffset(now)), ct);
        return true;
    }
}
