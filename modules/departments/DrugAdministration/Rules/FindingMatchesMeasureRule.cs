using System.Text.Json;
using Enforcement.Modules.DrugAdministration.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DrugAdministration.Rules;

/// <summary>
/// A finding of no violation cannot come with an enforcement measure, and a finding of a violation must
/// come with one: a food-safety finding left without a measure does not survive review.
/// </summary>
internal sealed class FindingMatchesMeasureRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode.StartsWith("YJ-", StringComparison.Ordinal);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var finding = FormData.Text(data, DrugAdministrationForms.FindingField);
        var measure = FormData.Text(data, DrugAdministrationForms.MeasureField);
        if (finding is null || measure is null) yield break;
        var violation = RuleData.IsViolation(data);
        var noMeasure = measure == DrugAdministrationForms.NoMeasure;
        if (!violation && !noMeasure) yield return new FieldError(DrugAdministrationForms.MeasureField, "未发现违法行为时，处置措施应为“无需处置”");
        if (violation && noMeasure) yield return new FieldError(DrugAdministrationForms.MeasureField, "发现违法行为时，须选择处置措施");
    }
}
