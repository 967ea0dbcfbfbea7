using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Workforce.DutyChecks;

/// <summary>Issues a check to an officer and records it; the one place a check begins.</summary>
[ModuleService]
internal sealed class DutyCheckIssuer(WorkforceDbContext db, StateRecorder recorder, IOptions<WorkforceOptions> options, ICurrentActor actor)
{
    public const string EntityType = "duty-check";

    public async Task<DutyCheck> IssueAsync(Officer officer, string trigger, Guid? plannedCheckId, DateTime now, CancellationToken ct)
    {
        var check = new DutyCheck
        {
            Id = Guid.CreateVersion7(), Jurisdiction = officer.Jurisdiction, OfficerId = officer.Id,
            Day = DateOnly.FromDateTime(new DateTimeOffset(now, TimeSpan.Zero).ToOffset(LocalDay.Offset).DateTime),
            IssuedAt = now, DueBy = now + options.Value.DutyChecks.ConfirmWithin, Result = DutyCheckResults.Pending,
            Trigger = trigger, IssuedBy = actor.Name, PlannedCheckId = plannedCheckId,
        };
        db.DutyChecks.Add(check);
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(check.Jurisdiction, EntityType, check.Id.ToString(), "duty-check-issued", null, DutyCheckView.Record(check, officer), ct);
        return check;
    }

    /// <summary>Officers with a check still open for an answer: nobody gets a second one meanwhile.</summary>
    public async Task<HashSet<Guid>> AwaitingAnswerAsync(DateTime now, CancellationToken ct) =>
        (await db.DutyChecks.Where(c => c.Result == DutyCheckResults.Pending && c.DueBy >= now).Select(c => c.OfficerId).ToListAsync(ct))
        .ToHashSet();
}
