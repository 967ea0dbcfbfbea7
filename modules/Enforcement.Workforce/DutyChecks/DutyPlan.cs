namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// The day's random check times for one sub-district, made once per local day. The times are kept
/// out of the API: a check announced in advance checks nothing.
/// </summary>
internal sealed class DutyPlan
{
    public string Jurisdiction { get; set; } = "";
    public DateOnly Day { get; set; }
    public DateTime MadeAt { get; set; }
    public List<PlannedCheck> Checks { get; set; } = [];
}

/// <summary>One planned time; once due it is issued to a random on-duty officer, or lapses.</summary>
internal sealed class PlannedCheck
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public DateOnly Day { get; set; }
    public DateTime At { get; set; }
    /// <summary>Null while waiting; then a <see cref="PlannedOutcomes"/> code.</summary>
    public string? Outcome { get; set; }
    public Guid? DutyCheckId { get; set; }
}

internal static class PlannedOutcomes
{
    public const string Issued = "issued";
    /// <summary>Nobody was on duty (or everyone on duty already had a pending check).</summary>
    public const string NoOfficer = "no-officer";
    /// <summary>The day had passed before the job ran (the host was down).</summary>
    public const string Lapsed = "lapsed";
}
