using Enforcement.Shared.Forms;
using System.Text.Json;

namespace Enforcement.Modules.Education.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
    public static int Count(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Array ? v.GetArrayLength() : 0;

    public static decimal? PositiveNumber(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) && n > 0 ? n : null;

    /// <summary>True when the record's finding is a violation (its option does not say 未发现).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "finding") is { Length: > 0 } finding && !finding.Contains("未发现");
}
