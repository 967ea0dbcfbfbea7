using System.Globalization;
using System.Text.RegularExpressions;
using Enforcement.Shared.Primitives;

namespace Enforcement.Inbox.Import;

/// <summary>
/// W3C date-time (the profile of ISO 8601 in the W3C note): <c>2026-11-27T10:30:00+08:00</c>, seconds
/// and fractions optional, the zone (<c>Z</c> or <c>±hh:mm</c>) required. A bare date is a day in China time.
/// </summary>
internal static partial class W3cTime
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTime();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnly();

    public const string Example = "2026-11-27T10:30:00+08:00";

    public static bool TryParse(string? text, out DateTimeOffset value)
    {
        value = default;
        // A "+08:00" typed into a URL arrives as " 08:00" (a query's "+" means a space); W3C has no spaces.
        text = text?.Trim().Replace(' ', '+');
        return text is not null && DateTime().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>A date-time with zone, or a bare date taken as 00:00 China time; <paramref name="endOfDay"/> moves a bare date to the next midnight.</summary>
    public static bool TryParseBound(string? text, bool endOfDay, out DateTimeOffset value)
    {
        if (TryParse(text, out value)) return true;
        text = text?.Trim();
        if (text is null || !DateOnly().IsMatch(text)
            || !System.DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
        value = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), LocalDay.Offset);
        if (endOfDay) value = value.AddDays(1);
        return true;
    }

    /// <summary>Formats a moment in China time, e.g. <c>2026-11-27T10:30:00+08:00</c>.</summary>
    public static string Format(DateTimeOffset t) => t.ToOffset(LocalDay.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public static string? Format(DateTimeOffset? t) => t is null ? null : Format(t.Value);
}
