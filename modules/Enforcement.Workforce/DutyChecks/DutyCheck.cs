using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// 在岗抽查 — the command room asks one on-duty officer to confirm, within a set number of minutes,
/// that they are at their post. Pending until confirmed in time, or missed.
/// </summary>
internal sealed class DutyCheck
{
    public Guid Id { get; set; }
    public string Jurisdiction { get; set; } = "";
    public Guid OfficerId { get; set; }
    public Officer? Officer { get; set; }
    /// <summary>Local day the check was issued on.</summary>
    public DateOnly Day { get; set; }
    public DateTime IssuedAt { get; set; }
    public DateTime DueBy { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? MissedAt { get; set; }
    /// <summary>A <see cref="DutyCheckResults"/> code as stored; see <see cref="ResultAt"/> for the effective one.</summary>
    public string Result { get; set; } = DutyCheckResults.Pending;
    /// <summary>A <see cref="DutyCheckTriggers"/> code.</summary>
    public string Trigger { get; set; } = DutyCheckTriggers.Random;
    public string IssuedBy { get; set; } = "";
    public Guid? PlannedCheckId { get; set; }

    /// <summary>A pending check past its deadline is missed even before the job has marked it so.</summary>
    public string ResultAt(DateTime now) =>
        Result == DutyCheckResults.Pending && now > DueBy ? DutyCheckResults.Missed : Result;
}

internal static class DutyCheckResults
{
    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Missed = "missed";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Pending] = "待确认",
        [Confirmed] = "已按时确认在岗",
        [Missed] = "未按时确认",
    };
}

internal static class DutyCheckTriggers
{
    public const string Random = "random";
    public const string Commander = "commander";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Random] = "系统随机抽查",
        [Commander] = "指挥员即时抽查",
    };
}
