using System.Text.Json;
using Enforcement.Modules.IndustryCommerce.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Rules;

/// <summary>
/// A finding of no violation cannot come with an enforcement measure, and a finding of a violation must
/// come with one: the record has to be consistent to survive review.
/// </summary>
internal sealed class FindingMatchesMeasureRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode.StartsWith("GS-", StringComparison.Ordinal);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var finding = FormData.Text(data, "finding");
        var measure = FormData.Text(data, "measure");
        if (finding is null || measure is null) yield break;
        var noViolation = finding.Contains("未发现");
        var noMeasure = measure == IndustryCommerceForms.NoMeasure;
        if (noViolation && !noMeasure) yield return new FieldError("measure", "未发现违法行为时，处置措施应为“无需处置”");
        if (!noViolation && noMeasure) yield return new FieldError("measure", "发现违法行为时，须选择处置措施");
    }
}
