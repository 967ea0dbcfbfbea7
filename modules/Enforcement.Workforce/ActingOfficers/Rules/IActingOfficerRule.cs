using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.ActingOfficers.Rules;

/// <summary>One condition an active officer on the roster must meet to act; the reason (Chinese) when not met.</summary>
internal interface IActingOfficerRule
{
    string? Check(Officer officer, ActingMatter matter);
}
