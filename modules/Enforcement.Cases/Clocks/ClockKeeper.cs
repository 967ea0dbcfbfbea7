using Enforcement.Shared.Infrastructure;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Procedure;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.Extensions.Options;

namespace Enforcement.Cases.Clocks;

/// <summary>
/// The one clock engine for every deadline on a case — the brigade's service commitments and the statutory
/// limits alike. It starts, pauses, resumes, extends and stops clocks, and flags an overdue deadline exactly
/// once: whichever comes first, the sweep noticing it ran out or the step it waited for arriving late.
/// </summary>
[ModuleService]
internal sealed class ClockKeeper(
    IOptions<ServiceLevelOptions> levels, IOptions<ProcedureOptions> procedure, Deadlines deadlines,
    IMediator mediator, StateRecorder recorder)
{
    public ClockSpec Spec(string kind) => ClockKinds.Spec(kind, levels.Value, procedure.Value);

    public Clock Start(Case c, string kind, DateTime now) => Start(c, Spec(kind), now);

    public Clock Start(Case c, ClockSpec spec, DateTime now)
    {
        var clock = new Clock
        {
            Id = Guid.CreateVersion7(),
            CaseId = c.Id,
            Kind = spec.Kind,
            Name = spec.Name,
            Source = spec.Source,
            Basis = spec.Basis,
            Length = spec.Length,
            IsWindow = spec.Window,
            StartedAt = now,
            DueAt = deadlines.Due(now, spec.Basis, spec.Length),
        };
        c.Clocks.Add(clock);
        return clock;
    }

    public static Clock? Running(Case c, string kind) => c.Clocks.FirstOrDefault(k => k.Kind == kind && k.StoppedAt is null);

    /// <summary>Stops the running clock of a kind, if any; a late stop flags it overdue first.</summary>
    public async Task StopAsync(Case c, string kind, DateTime now, CancellationToken ct, string? note = null)
    {
        foreach (var clock in c.Clocks.Where(k => k.Kind == kind && k.StoppedAt is null))
        {
            if (note is null) await FlagIfOverdueAsync(c, clock, now, ct);
            clock.StoppedAt = now;
            clock.StopNote = note;
            clock.PausedAt = null;
        }
    }

    public static void Pause(Clock clock, DateTime now, string reason)
    {
        clock.PausedAt = now;
        clock.PauseReason = reason;
    }

    /// <summary>Resumes a paused clock: the time it stood still is added to its due time, in its own basis.</summary>
    public void Resume(Clock clock, DateTime now)
    {
        var pausedAt = clock.PausedAt!.Value;
        clock.DueAt = clock.Basis switch
        {
            ClockBasis.Duration => clock.DueAt + (now - pausedAt),
            // Whole days stood still are given back; a pause within one day gives nothing back.
            _ => deadlines.Extend(clock.DueAt, clock.Basis, StoodStill(clock.Basis, pausedAt, now)),
        };
        clock.PausedAt = null;
    }

    public void Extend(Clock clock, int units, string reason)
    {
        clock.DueAt = deadlines.Extend(clock.DueAt, clock.Basis, units);
        clock.ExtendedBy += units;
        clock.ExtensionReason = clock.ExtensionReason is null ? reason : $"{clock.ExtensionReason}；{reason}";
    }

    private int StoodStill(string basis, DateTime from, DateTime to)
    {
        var (a, b) = (Deadlines.LocalDate(from), Deadlines.LocalDate(to));
        return basis == ClockBasis.WorkingDays ? deadlines.WorkingDaysBetween(a, b) : b.DayNumber - a.DayNumber;
    }

    /// <summary>Flags a deadline that has run out and is not yet flagged; returns whether it did. Windows and paused clocks never are.</summary>
    public async Task<bool> FlagIfOverdueAsync(Case c, Clock clock, DateTime now, CancellationToken ct)
    {
        if (clock.IsWindow || clock.PausedAt is not null) return false;
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
