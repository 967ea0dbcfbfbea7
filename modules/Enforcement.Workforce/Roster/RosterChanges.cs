using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workforce.Roster;

/// <summary>
/// The one way an officer's entry changes: load it with its records, apply the change, save, and
/// record the before and after under the officer's badge.
/// </summary>
[ModuleService]
internal sealed class RosterChanges(WorkforceDbContext db, StateRecorder recorder, OfficerViews views, TimeProvider clock)
{
    public async Task<Result<OfficerView>> ApplyAsync(string? badge, string action, Func<Officer, DateTime, Problem?> change, CancellationToken ct)
    {
        var officer = await FindAsync(badge, ct);
        if (officer is null) return NotOnRoster(badge);
        var now = clock.GetUtcNow().UtcDateTime;
        var before = OfficerRecord.Of(officer);
        var problem = change(officer, now);
        if (problem is not null) return problem;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(officer.Jurisdiction, OfficerRecord.EntityType, officer.Badge, action, before, OfficerRecord.Of(officer), ct);
        return views.Of(officer);
    }

    public Task<Officer?> FindAsync(string? badge, CancellationToken ct)
    {
        var normalized = Badges.Normalize(badge);
        return db.OfficersWithRecords.FirstOrDefaultAsync(o => o.Badge == normalized, ct);
    }

    public static Problem NotOnRoster(string? badge) => new(ProblemKind.NotFound, $"执法人员名册中没有编号为 {badge} 的人员");
}

/// <summary>Badge numbers are compared upper-case and trimmed: <c>ny-001</c> is <c>NY-001</c>.</summary>
internal static class Badges
{
    public static string Normalize(string? badge) => (badge ?? "").Trim().ToUpperInvariant();
}

/// <summary>An officer's entry as the record keeps it.</summary>
internal static class OfficerRecord
{
    public const string EntityType = "officer";

    public static object Of(Officer o) => new
    {
        o.Badge, o.Name, o.Unit, o.Role, o.Username, duty = o.Duty, o.DutySince, o.Active, o.DeactivatedAt, o.DeactivationReason,
        certificates = o.Certificates.OrderBy(c => c.IssuedOn).Select(c => new
        {
            c.Number, c.Fields, c.IssuedOn, c.ValidUntil, c.IssuingAuthority, c.RevokedAt, c.RevocationReason,
        }),
        acknowledgements = o.Acknowledgements.OrderBy(a => a.At).Select(a => new { a.At, a.TextHash }),
        interests = o.Interests.OrderBy(i => i.RecordedAt).Select(i => new { i.Party, i.CaseId, i.Reason, i.RecordedBy }),
    };
}
