using System.Text.Json;

namespace Enforcement.Modules.WaterAffairs.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>True when the officer recorded an enforcement measure, i.e. found a violation.</summary>
    public static bool IsFinding(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "measure") is { } m && m != Forms.WaterAffairsForms.NoAction;
}
