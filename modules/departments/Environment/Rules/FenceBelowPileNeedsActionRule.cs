using System.Text.Json;
using Enforcement.Modules.Environment.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Environment.Rules;

/// <summary>
/// 大气污染防治法 第七十二条 requires a fence no lower than the pile: a fence recorded lower than the
/// pile is a finding, so the measure cannot be 无需处置.
/// </summary>
internal sealed class FenceBelowPileNeedsActionRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "HB-YC-001";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var pile = FormData.Number(data, "pileHeight");
        var fence = FormData.Number(data, "fenceHeight");
        if (pile is { } p && fence is { } f && f < p && FormData.Text(data, "measure") == EnvironmentForms.NoAction)
            yield return new FieldError("measure", $"围挡高度 {f} m 低于堆放物高度 {p} m，处置措施不能为“无需处置”");
    }
}
