using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// Only the officer checked may answer a duty check: the caller signed in under the officer's own
/// user name, or naming the officer's badge. Anyone else answering would defeat the check.
/// </summary>
internal static class DutyCheckOwner
{
    public static bool IsTheOfficer(string? caller, Officer officer)
    {
        var name = caller?.Trim();
        if (string.IsNullOrEmpty(name)) return false;
        return (officer.Username is not null && string.Equals(name, officer.Username, StringComparison.OrdinalIgnoreCase))
               || string.Equals(name, officer.Badge, StringComparison.OrdinalIgnoreCase);
    }
}
