namespace Enforcement.Workforce.DutyChecks;

/// <summary>A duty check as the command room sees it.</summary>
public sealed record DutyCheckView(
    Guid Id, string Jurisdiction, DateOnly Day, string Badge, string OfficerName, DateTimeOffset IssuedAt, DateTimeOffset DueBy,
    DateTimeOffset? ConfirmedAt, string Result, string ResultName, string Trigger, string TriggerName, string IssuedBy)
{
    internal static DutyCheckView Of(DutyCheck c, Roster.Officer officer, DateTime now)
    {
        var result = c.ResultAt(now);
        return new(c.Id, c.Jurisdiction, c.Day, officer.Badge, officer.Name, Utc(c.IssuedAt), Utc(c.DueBy),
            c.ConfirmedAt is { } at ? Utc(at) : null, result, DutyCheckResults.Names[result], c.Trigger,
            DutyCheckTriggers.Names[c.Trigger], c.IssuedBy);
    }

    /// <summary>The check's state as the record keeps it.</summary>
    internal static object Record(DutyCheck c, Roster.Officer officer) => new
    {
        officer = officer.Badge, c.Day, c.IssuedAt, c.DueBy, c.ConfirmedAt, c.MissedAt, result = c.Result, trigger = c.Trigger,
    };

    private static DateTimeOffset Utc(DateTime at) => new(DateTime.SpecifyKind(at, DateTimeKind.Utc));
}
