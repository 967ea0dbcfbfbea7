using System.Text.Json;
using Enforcement.Modules.HumanResources.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.HumanResources.Rules;

/// <summary>No violation found means no measure; a violation found needs one.</summary>
internal sealed class FindingMatchesMeasureRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode.StartsWith("RS-", StringComparison.Ordinal);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var measure = FormData.Text(data, "measure");
        if (measure is null) yield break;
        if (RuleData.IsNoViolation(data) && measure != HumanResourcesForms.NoMeasure)
            yield return new FieldError("measure", "检查结论为未发现违法行为时，处置措施应为“无需处置”");
        if (RuleData.IsViolation(data) && measure == HumanResourcesForms.NoMeasure)
            yield return new FieldError("measure", "发现违法行为时，处置措施不能为“无需处置”");
    }
}
