using System.Globalization;
using Enforcement.Shared.Primitives;

namespace Enforcement.Workforce.Roster;

/// <summary>Dates and times in messages, in local time (UTC+8), as the brigade reads them.</summary>
internal static class LocalText
{
    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Day(DateTime? utc) => utc is { } at ? Local(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    public static string Time(DateTime utc) => Local(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static DateTimeOffset Local(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(LocalDay.Offset);
}
