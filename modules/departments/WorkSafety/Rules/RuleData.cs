using System.Text.Json;
using Enforcement.Modules.WorkSafety.Forms;

namespace Enforcement.Modules.WorkSafety.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static decimal? Number(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) ? n : null;

    /// <summary>True when a finding is recorded and it is not 未发现违法行为.</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "finding") is { Length: > 0 } f && f != WorkSafetyForms.NoViolation;

    public static bool IsNoViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "finding") == WorkSafetyForms.NoViolation;
}
