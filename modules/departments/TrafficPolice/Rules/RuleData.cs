using System.Text.Json;
using Enforcement.Modules.TrafficPolice.Forms;

namespace Enforcement.Modules.TrafficPolice.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static decimal? Number(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) ? n : null;

    /// <summary>True when the record's finding is a violation (anything but 现场未发现违法行为).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "finding") is { Length: > 0 } f && f != TrafficPoliceForms.NoViolation;

    /// <summary>True when the chosen measure proposes a fine (处以罚款…).</summary>
    public static bool ProposesFine(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "measure") is { } m && m.Contains("罚款", StringComparison.Ordinal);
}
