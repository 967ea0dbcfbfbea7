using Enforcement.Shared.Forms;
using System.Text.Json;
using Enforcement.Modules.DrugAdministration.Forms;

namespace Enforcement.Modules.DrugAdministration.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
    /// <summary>True when the record's finding is a violation (its option does not say 未发现).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, DrugAdministrationForms.FindingField) is { Length: > 0 } finding && !finding.Contains("未发现");

    /// <summary>Yuan as officers read them: 50000 → 5万元, 2000 → 2000元.</summary>
    public static string Yuan(decimal amount) =>
        amount >= 10000 && amount % 10000 == 0 ? $"{amount / 10000:0.##}万元" : $"{amount:0.##}元";
}
