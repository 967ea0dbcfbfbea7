using Enforcement.Shared.Primitives;

namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// Picks the day's random check times (UTC), uniformly within the window's local hours. A plan made
/// after the window has opened (the host started late) uses only what is left of it.
/// </summary>
internal static class DutyCheckPlanner
{
    public static IReadOnlyList<DateTime> Plan(DateOnly day, DateTime nowUtc, DutyCheckOptions options, IRandomSource random)
    {
        var start = Utc(day, options.WindowStart);
        var end = Utc(day, options.WindowEnd);
        var from = nowUtc > start ? nowUtc : start;
        if (from >= end || options.ChecksPerDay <= 0) return [];
        var seconds = (int)Math.Min(int.MaxValue, (end - from).TotalSeconds);
        return Enumerable.Range(0, options.ChecksPerDay)
            .Select(_ => from.AddSeconds(random.Next(seconds)))
            .Order()
            .ToList();
    }

    private static DateTime Utc(DateOnly day, TimeOnly local) =>
        new DateTimeOffset(day.ToDateTime(local), LocalDay.Offset).UtcDateTime;
}
