using System.Globalization;
using System.Text.Json;

namespace Enforcement.Shared.Forms;

/// <summary>
/// Typed reads of recorded form data, for modules' result rules. Each returns null (or empty) when
/// the field is missing or of another type; <see cref="FormValidator"/> reports those separately.
/// </summary>
public static class FormData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static decimal? Number(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) ? n : null;

    /// <summary>The options chosen in a multiple-choice field.</summary>
    public static IReadOnlyList<string> Choices(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    /// <summary>A recorded moment with the offset the officer recorded it in.</summary>
    public static DateTimeOffset? Moment(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        Text(data, field) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;
}
