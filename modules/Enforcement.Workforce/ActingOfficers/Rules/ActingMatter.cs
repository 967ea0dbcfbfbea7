namespace Enforcement.Workforce.ActingOfficers.Rules;

/// <summary>What the officers are to act on: the department's matter, the day, the party and the case.</summary>
internal sealed record ActingMatter(
    string Department, string DepartmentName, DateOnly OnDay, string? Party, Guid? CaseId, string TenProhibitionsHash);
