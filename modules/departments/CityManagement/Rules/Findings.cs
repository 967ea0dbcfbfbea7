using System.Text.Json;

namespace Enforcement.Modules.CityManagement.Rules;

/// <summary>Reads the common fields of the city-management forms.</summary>
internal static class Findings
{
    /// <summary>True when the record's finding is a violation (its option does not say 未发现).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        data.TryGetValue("finding", out var f) && f.ValueKind == JsonValueKind.String
        && f.GetString() is { Length: > 0 } text && !text.Contains("未发现");

    /// <summary>The positive number in a field, or null when it is missing, not a number, or zero.</summary>
    public static decimal? PositiveNumber(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) && n > 0
            ? n : null;
}
