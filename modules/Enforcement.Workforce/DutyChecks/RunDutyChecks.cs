using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using Hangfire;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// One pass of the command room's random checks: marks unanswered checks missed, plans the day once
/// per sub-district, and issues every planned check that has come due.
/// </summary>
public sealed record RunDutyChecks : ICommand<DutyCheckRun>;

public sealed record DutyCheckRun(int Missed, int Planned, int Issued, int Skipped);

internal sealed class RunDutyChecksHandler(
    WorkforceDbContext db, DutyCheckIssuer issuer, StateRecorder recorder, IOptions<WorkforceOptions> options,
    IOptions<JurisdictionOptions> jurisdictions, IRandomSource random, TimeProvider clock) : IRequestHandler<RunDutyChecks, DutyCheckRun>
{
    public async Task<DutyCheckRun> Handle(RunDutyChecks request, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = LocalDay.Today(clock);
        var missed = await MarkMissedAsync(now, ct);
        var planned = await PlanTodayAsync(today, now, ct);
        var (issued, skipped) = await IssueDueAsync(today, now, ct);
        return new DutyCheckRun(missed, planned, issued, skipped);
    }

    private async Task<int> MarkMissedAsync(DateTime now, CancellationToken ct)
    {
        var late = await db.DutyChecks.Include(c => c.Officer)
            .Where(c => c.Result == DutyCheckResults.Pending && c.DueBy < now).ToListAsync(ct);
        foreach (var check in late)
        {
            var before = DutyCheckView.Record(check, check.Officer!);
            check.Result = DutyCheckResults.Missed;
            check.MissedAt = now;
            await db.SaveChangesAsync(ct);
            await recorder.RecordAsync(check.Jurisdiction, DutyCheckIssuer.EntityType, check.Id.ToString(), "duty-check-missed",
                before, DutyCheckView.Record(check, check.Officer!), ct);
        }
        return late.Count;
    }

    private async Task<int> PlanTodayAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var planned = 0;
        foreach (var jurisdiction in jurisdictions.Value.Served)
        {
            if (await db.DutyPlans.AnyAsync(p => p.Jurisdiction == jurisdiction.Code && p.Day == today, ct)) continue;
            var times = DutyCheckPlanner.Plan(today, now, options.Value.DutyChecks, random);
            db.DutyPlans.Add(new DutyPlan
            {
                Jurisdiction = jurisdiction.Code, Day = today, MadeAt = now,
                Checks = times.Select(at => new PlannedCheck { Id = Guid.CreateVersion7(), Jurisdiction = jurisdiction.Code, Day = today, At = at }).ToList(),
            });
            planned += times.Count;
        }
        await db.SaveChangesAsync(ct);
        return planned;
    }

    private async Task<(int Issued, int Skipped)> IssueDueAsync(DateOnly today, DateTime now, CancellationToken ct)
    {
        var due = await db.PlannedChecks.Where(p => p.Outcome == null && p.At <= now).OrderBy(p => p.At).ToListAsync(ct);
        if (due.Count == 0) return (0, 0);
        var onDuty = await db.Officers.Where(o => o.Active && o.Duty == DutyStatuses.OnDuty).ToListAsync(ct);
        var awaiting = await issuer.AwaitingAnswerAsync(now, ct);
        int issued = 0, skipped = 0;
        foreach (var planned in due)
        {
            // A plan of an earlier day that the host never got to (it was down) is not issued late.
            var officer = planned.Day < today ? null : OfficerPicker.Pick(onDuty.Where(o => o.Jurisdiction == planned.Jurisdiction), awaiting, random);
            if (officer is null)
            {
                // Kept with the plan, not in the record: no check was issued, so no one's state changed.
                planned.Outcome = planned.Day < today ? PlannedOutcomes.Lapsed : PlannedOutcomes.NoOfficer;
                skipped++;
                continue;
            }
            var check = await issuer.IssueAsync(officer, DutyCheckTriggers.Random, planned.Id, now, ct);
            planned.Outcome = PlannedOutcomes.Issued;
            planned.DutyCheckId = check.Id;
            awaiting.Add(officer.Id);
            issued++;
        }
        await db.SaveChangesAsync(ct);
        return (issued, skipped);
    }
}

/// <summary>
/// The Hangfire job: one pass in its own scope and transaction. Passes never overlap, so two of them
/// cannot both plan the day or both pick the same officer.
/// </summary>
[ModuleService]
public sealed class DutyCheckJob(IMediator mediator)
{
    public const string RecurringId = "duty-checks";

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public Task<DutyCheckRun> RunAsync() => mediator.Send(new RunDutyChecks());
}
