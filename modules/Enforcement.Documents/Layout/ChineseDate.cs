using Enforcement.Shared.Primitives;

namespace Enforcement.Documents.Layout;

/// <summary>Dates as documents write them, on the local (UTC+8) calendar: 2026年11月27日, 2026年11月27日9时05分.</summary>
internal static class ChineseDate
{
    public static string Day(DateOnly day) => $"{day.Year}年{day.Month}月{day.Day}日";

    public static string Day(DateTimeOffset at) => Day(Date(at));

    public static string Minute(DateTimeOffset at)
    {
        var local = Local(at);
        return $"{Day(DateOnly.FromDateTime(local))}{local.Hour}时{local.Minute:00}分";
    }

    public static int Year(DateTimeOffset at) => Local(at).Year;

    /// <summary>The local calendar day of a moment.</summary>
    public static DateOnly Date(DateTimeOffset at) => DateOnly.FromDateTime(Local(at));

    private static DateTime Local(DateTimeOffset at) => at.ToOffset(LocalDay.Offset).DateTime;
}
