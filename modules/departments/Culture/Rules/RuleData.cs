using System.Globalization;
using System.Text.Json;
using Enforcement.Modules.Culture.Forms;

namespace Enforcement.Modules.Culture.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static decimal? Number(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) ? n : null;

    public static IReadOnlyList<string> Choices(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    /// <summary>The recorded moment with the offset the officer recorded it in, or null.</summary>
    public static DateTimeOffset? Moment(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        Text(data, field) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>A finding is any record whose measure is not 无需处置 (and that names a measure at all).</summary>
    public static bool IsFinding(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "measure") is { Length: > 0 } m && m != CultureForms.NoAction;
}
