using Enforcement.Shared.Forms;
using System.Text.Json;
using Enforcement.Modules.IndustryCommerce.Forms;

namespace Enforcement.Modules.IndustryCommerce.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
    /// <summary>The positive number in a field, or null when it is missing, not a number, or zero.</summary>
    public static decimal? PositiveNumber(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) && n > 0 ? n : null;

    /// <summary>True when the record's finding is a violation (its option does not say 未发现).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "finding") is { Length: > 0 } finding && !finding.Contains("未发现");

    /// <summary>True when the officer files a case (立案调查): the record must then carry what the fine depends on.</summary>
    public static bool FilesCase(IReadOnlyDictionary<string, JsonElement> data) =>
        IsViolation(data) && FormData.Text(data, "measure") == IndustryCommerceForms.FileCase;
}
