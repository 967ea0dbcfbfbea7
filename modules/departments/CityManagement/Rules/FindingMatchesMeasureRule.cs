using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.CityManagement.Rules;

/// <summary>
/// A finding of no violation cannot come with an enforcement measure, and a finding of a violation
/// must come with one: the record has to be consistent to survive review.
/// </summary>
internal sealed class FindingMatchesMeasureRule : IResultRule
{
    public bool AppliesTo(string itemCode) => true;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!data.TryGetValue("finding", out var f) || !data.TryGetValue("measure", out var m)) yield break;
        var noViolation = f.GetString()!.Contains("未发现");
        var noMeasure = m.GetString() == "无需处置";
        if (noViolation && !noMeasure) yield return new FieldError("measure", "未发现违法行为时，处置措施应为“无需处置”");
        if (!noViolation && noMeasure) yield return new FieldError("measure", "发现违法行为时，须选择处置措施");
    }
}
