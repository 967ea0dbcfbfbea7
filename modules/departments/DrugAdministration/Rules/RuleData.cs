using System.Globalization;
using System.Text.Json;
using Enforcement.Modules.DrugAdministration.Forms;

namespace Enforcement.Modules.DrugAdministration.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static decimal? Number(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var n) ? n : null;

    public static DateTimeOffset? Time(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        Text(data, field) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    /// <summary>True when the record's finding is a violation (its option does not say 未发现).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, DrugAdministrationForms.FindingField) is { Length: > 0 } finding && !finding.Contains("未发现");

    /// <summary>Yuan as officers read them: 50000 → 5万元, 2000 → 2000元.</summary>
    public static string Yuan(decimal amount) =>
        amount >= 10000 && amount % 10000 == 0 ? $"{amount / 10000:0.##}万元" : $"{amount:0.##}元";
}
