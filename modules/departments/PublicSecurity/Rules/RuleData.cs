using System.Text.Json;
using Enforcement.Modules.PublicSecurity.Forms;

namespace Enforcement.Modules.PublicSecurity.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static decimal? Number(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) ? n : null;

    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "finding") is { Length: > 0 } f && f != PublicSecurityForms.NoViolation;

    public static bool ProposesFine(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "measure") is { } m && m.Contains("罚款", StringComparison.Ordinal);
}
