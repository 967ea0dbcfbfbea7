using System.Text.Json;
using Enforcement.Modules.Housing.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Housing.Rules;

/// <summary>
/// No violation found means no measure; a violation found needs one (every housing item orders
/// 责令限期改正 or 责令改正 at the least).
/// </summary>
internal sealed class FindingMatchesMeasureRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode.StartsWith("ZJ-", StringComparison.Ordinal);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var measure = FormData.Text(data, "measure");
        if (measure is null) yield break;
        if (RuleData.IsNoViolation(data) && measure != HousingForms.NoMeasure)
            yield return new FieldError("measure", "检查结论为未发现违法行为时，处置措施应为“无需处置”");
        if (RuleData.IsViolation(data) && measure == HousingForms.NoMeasure)
            yield return new FieldError("measure", "发现违法行为时，处置措施不能为“无需处置”");
    }
}
