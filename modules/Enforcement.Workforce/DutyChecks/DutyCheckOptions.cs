namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// 随机在岗抽查 settings, from <c>Enforcement:Workforce:DutyChecks</c>: how many random checks a day,
/// within which local hours (UTC+8), and how long an officer has to confirm.
/// </summary>
public sealed class DutyCheckOptions
{
    public int ChecksPerDay { get; set; } = 4;
    public TimeOnly WindowStart { get; set; } = new(8, 30);
    public TimeOnly WindowEnd { get; set; } = new(17, 30);
    public int ConfirmWithinMinutes { get; set; } = 10;

    public TimeSpan ConfirmWithin => TimeSpan.FromMinutes(ConfirmWithinMinutes);

    public IEnumerable<string> Problems()
    {
        const string section = "Enforcement:Workforce:DutyChecks";
        if (ChecksPerDay is < 0 or > 100) yield return $"{section}:ChecksPerDay 须在 0 到 100 之间";
        if (WindowStart >= WindowEnd) yield return $"{section}:WindowStart 须早于 WindowEnd（同一天内的当地时间，如 08:30 与 17:30）";
        if (ConfirmWithinMinutes is < 1 or > 240) yield return $"{section}:ConfirmWithinMinutes 须在 1 到 240 分钟之间";
    }
}
