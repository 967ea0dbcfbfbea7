using System.Text.Json;
using Enforcement.Modules.IndustryCommerce.Forms;

namespace Enforcement.Modules.IndustryCommerce.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    /// <summary>The positive number in a field, or null when it is missing, not a number, or zero.</summary>
    public static decimal? PositiveNumber(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) && n > 0 ? n : null;

    /// <summary>True when the record's finding is a violation (its option does not say 未发现).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "finding") is { Length: > 0 } finding && !finding.Contains("未发现");

    /// <summary>True when the officer files a case (立案调查): the record must then carry what the fine depends on.</summary>
    public static bool FilesCase(IReadOnlyDictionary<string, JsonElement> data) =>
        IsViolation(data) && Text(data, "measure") == IndustryCommerceForms.FileCase;
}
