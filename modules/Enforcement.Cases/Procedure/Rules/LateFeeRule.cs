namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 行政处罚法 第72条第一款第（一）项: a fine not paid when due grows by 3 % of the fine for each day late, and the
/// late fee never exceeds the fine itself.
/// </summary>
internal static class LateFeeRule
{
    public const decimal DailyRate = 0.03m;

    public static decimal Compute(decimal fine, DateOnly dueOn, DateOnly paidOn)
    {
        var daysLate = paidOn.DayNumber - dueOn.DayNumber;
        if (daysLate <= 0) return 0m;
        return Math.Min(Math.Round(fine * DailyRate * daysLate, 2, MidpointRounding.AwayFromZero), fine);
    }
}
