using System.Text.Json;
using Enforcement.Modules.IndustryCommerce.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Rules;

/// <summary>
/// 广告法 第五十五条 and 第五十八条 fine a multiple of the 广告费用, and a fixed band only where the cost
/// 无法计算或者明显偏低. A case filed under them must say which: the cost found (a positive amount), or that
/// it cannot be computed or is evidently low.
/// </summary>
internal sealed class AdCostRecordedRule : IResultRule
{
    /// <summary>虚假广告 (第五十五条) and the special-goods items (第五十八条).</summary>
    public static readonly IReadOnlySet<string> Items = new HashSet<string>
    {
        "GS-GG-001", "GS-GG-002", "GS-GG-003", "GS-GG-011", "GS-GG-012", "GS-GG-013", "GS-GG-014", "GS-GG-015",
    };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.FilesCase(data)) yield break;
        var status = FormData.Text(data, "adCostStatus");
        if (status is null)
            yield return new FieldError("adCostStatus", "立案调查时须注明广告费用是否已查明、无法计算或明显偏低（决定按倍数还是按固定幅度罚款）");
        else if (status == IndustryCommerceForms.AdCostKnown && RuleData.PositiveNumber(data, "adCost") is null)
            yield return new FieldError("adCost", "广告费用已查明时，须填写广告费用金额（元），且大于 0");
    }
}
