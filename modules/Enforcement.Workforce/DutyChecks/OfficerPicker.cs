using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// Chooses whom to check: an active officer on duty who has no check waiting for an answer, at
/// random. Null when nobody qualifies.
/// </summary>
internal static class OfficerPicker
{
    public static bool CanBeChecked(Officer officer, IReadOnlySet<Guid> withPendingCheck) =>
        officer.Active && officer.Duty == DutyStatuses.OnDuty && !withPendingCheck.Contains(officer.Id);

    public static Officer? Pick(IEnumerable<Officer> officers, IReadOnlySet<Guid> withPendingCheck, IRandomSource random)
    {
        // A fixed order, so the same random number always picks the same officer.
        var candidates = officers.Where(o => CanBeChecked(o, withPendingCheck)).OrderBy(o => o.Badge, StringComparer.Ordinal).ToList();
        return candidates.Count == 0 ? null : candidates[random.Next(candidates.Count)];
    }
}
