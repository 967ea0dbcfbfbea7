using System.Text.Json;

namespace Enforcement.Modules.Environment.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static decimal? Number(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) ? n : null;
}
