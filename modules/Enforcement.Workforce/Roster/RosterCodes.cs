namespace Enforcement.Workforce.Roster;

/// <summary>Units an officer belongs to: the brigade itself, or a stationed department (by module key).</summary>
internal static class Units
{
    public const string Brigade = "brigade";
    public const string BrigadeName = "综合行政执法大队";
}

/// <summary>Leadership roles on the roster.</summary>
internal static class LeadershipRoles
{
    public const string None = "none";
    /// <summary>政委 — the sub-district party secretary.</summary>
    public const string PoliticalCommissar = "political-commissar";
    /// <summary>大队长 — the office director who commands the brigade.</summary>
    public const string BrigadeCommander = "brigade-commander";
    /// <summary>带班 — leads a shift.</summary>
    public const string ShiftLead = "shift-lead";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [None] = "执法队员",
        [PoliticalCommissar] = "政委",
        [BrigadeCommander] = "大队长",
        [ShiftLead] = "带班",
    };
}

/// <summary>Duty status (在岗状态).</summary>
internal static class DutyStatuses
{
    public const string OnDuty = "on-duty";
    public const string OffDuty = "off-duty";
    public const string OnLeave = "on-leave";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [OnDuty] = "在岗",
        [OffDuty] = "离岗",
        [OnLeave] = "请假",
    };
}
