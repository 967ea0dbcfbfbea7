using System.Text.Json;
using Enforcement.Modules.TrafficPolice.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Rules;

/// <summary>
/// A finding of no violation cannot come with an enforcement measure, and a finding of a violation must
/// come with one (at least 指出违法行为、口头警告, 道路交通安全法 第八十七条): the record must be consistent.
/// </summary>
internal sealed class FindingMatchesMeasureRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode.StartsWith("JJ-", StringComparison.Ordinal);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var finding = FormData.Text(data, "finding");
        var measure = FormData.Text(data, "measure");
        if (finding is null || measure is null) yield break;
        var violation = finding != TrafficPoliceForms.NoViolation;
        var none = measure == TrafficPoliceForms.NoMeasure;
        if (!violation && !none) yield return new FieldError("measure", "未发现违法行为时，处置措施应为“无需处置”");
        if (violation && none) yield return new FieldError("measure", "查实违法行为时，须选择处置措施（至少指出违法行为并予以纠正）");
    }
}
