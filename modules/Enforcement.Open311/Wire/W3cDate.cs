using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Enforcement.Shared.Primitives;

namespace Enforcement.Open311.Wire;

/// <summary>
/// W3C date-times (ISO 8601 profile) as GeoReport v2 uses them: always with a zone. Output is China
/// time to the second, e.g. <c>2026-11-27T09:00:00+08:00</c>.
/// </summary>
internal static partial class W3cDate
{
    public static string Format(DateTimeOffset t) =>
        t.ToOffset(LocalDay.Offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>
    /// Reads a full date-time with a zone, or a bare date (a day in China time: its start, or with
    /// <paramref name="endOfDay"/> its last moment). A '+' decoded to a space in a query string is repaired.
    /// </summary>
    public static bool TryParse(string? text, bool endOfDay, out DateTimeOffset value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var s = text.Trim().Replace(' ', '+');
        if (DateOnly().IsMatch(s) && System.DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), LocalDay.Offset);
            value = endOfDay ? start.AddDays(1).AddTicks(-1) : start;
            return true;
        }
        return Zoned().IsMatch(s) && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Zoned();
}

/// <summary>JSON form of an optional W3C date-time; an empty string reads as null (some endpoints send one).</summary>
internal sealed class W3cDateJsonConverter : JsonConverter<DateTimeOffset?>
{
    public override bool HandleNull => true;

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        var s = reader.GetString();
        if (string.IsNullOrWhiteSpace(s)) return null;
        return W3cDate.TryParse(s, false, out var v) ? v : throw new JsonException($"not a W3C date-time: {s}");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset? value, JsonSerializerOptions options)
    {
        if (value is { } v) writer.WriteStringValue(W3cDate.Format(v));
        else writer.WriteNullValue();
    }
}
