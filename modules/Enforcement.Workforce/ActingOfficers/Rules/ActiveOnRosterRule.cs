using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.ActingOfficers.Rules;

/// <summary>Only an officer on the roster, and not deactivated, may act.</summary>
internal sealed class ActiveOnRosterRule
{
    public string? Check(string badge, Officer? officer) => officer switch
    {
        null => $"执法人员 {badge} 不在执法人员名册中",
        { Active: false } => $"{officer.Label} 已于 {LocalText.Day(officer.DeactivatedAt)} 停用（{officer.DeactivationReason}），不能执法",
        _ => null,
    };
}
