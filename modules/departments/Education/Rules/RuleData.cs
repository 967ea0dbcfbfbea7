using System.Text.Json;

namespace Enforcement.Modules.Education.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static int Count(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 0;

    public static decimal? PositiveNumber(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) && n > 0 ? n : null;

    /// <summary>True when the record's finding is a violation (its option does not say 未发现).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "finding") is { Length: > 0 } finding && !finding.Contains("未发现");
}
