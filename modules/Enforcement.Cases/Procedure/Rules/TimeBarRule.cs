namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 行政处罚法 第36条: a violation not discovered within two years (five where it concerns life, health or financial
/// safety and caused harm) is no longer punished; the period runs from the day it ended if it continued.
/// </summary>
internal static class TimeBarRule
{
    public static string? Check(DateOnly violationOn, DateOnly? endedOn, string? longBarReason, DateOnly discoveredOn)
    {
        var from = endedOn ?? violationOn;
        if (from > discoveredOn) return "违法行为发生（终了）日期不能晚于发现之日";
        var years = string.IsNullOrWhiteSpace(longBarReason) ? 2 : 5;
        return discoveredOn > from.AddYears(years)
            ? $"违法行为自 {from:yyyy-MM-dd} 起 {years} 年内未被发现，不再给予行政处罚（《行政处罚法》第三十六条）"
            : null;
    }
}
