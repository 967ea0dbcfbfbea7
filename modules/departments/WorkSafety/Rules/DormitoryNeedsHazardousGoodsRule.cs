using System.Text.Json;
using Enforcement.Modules.WorkSafety.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WorkSafety.Rules;

/// <summary>
/// 安全生产法 第四十二条第一款 / 第一百零五条第（一）项 concern only workshops, shops and stores that
/// produce, trade, store or use 危险物品: a finding under it needs the goods recorded as such and the
/// dormitory recorded in the same building or too close. (A shared building without dangerous goods is
/// a fire-safety matter, not this item.)
/// </summary>
internal sealed class DormitoryNeedsHazardousGoodsRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "AJ-CS-001";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsViolation(data)) yield break;
        if (FormData.Text(data, "goods") != WorkSafetyForms.HazardousGoods)
            yield return new FieldError("goods", "第一百零五条第（一）项仅适用于生产、经营、储存、使用危险物品的车间、商店、仓库");
        if (FormData.Text(data, "dormitory") is not (WorkSafetyForms.SameBuilding or WorkSafetyForms.TooClose))
            yield return new FieldError("dormitory", "认定该项违法须记录与员工宿舍在同一座建筑内或者距离不符合安全要求");
    }
}
