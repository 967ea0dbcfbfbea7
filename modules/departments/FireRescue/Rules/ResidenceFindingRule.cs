using System.Text.Json;
using Enforcement.Modules.FireRescue.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.FireRescue.Rules;

/// <summary>
/// 消防法 第十九条 / 第六十一条: a finding needs the premises' relation to the dwelling. Premises of 易燃易爆危险品
/// break the law when in the same building as a dwelling or too close to one (第一款); premises of other
/// goods only when in the same building (第二款).
/// </summary>
internal sealed class ResidenceFindingRule : IResultRule
{
    private static readonly HashSet<string> Items = ["XF-JZ-001", "XF-JZ-002"];

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data)) yield break;
        var goods = FormData.Text(data, "goods");
        var residence = FormData.Text(data, "residence");
        if (goods is null or "不适用")
            yield return new FieldError("goods", "认定违反第十九条，须记录场所生产、储存、经营的物品");
        if (residence is not (FireRescueForms.SameBuilding or FireRescueForms.TooClose))
            yield return new FieldError("residence", "认定违反第十九条，场所须与居住场所设置在同一建筑物内（或易燃易爆危险品场所未保持安全距离）");
        else if (residence == FireRescueForms.TooClose && goods == "其他物品")
            yield return new FieldError("residence", "经营其他物品的场所只在与居住场所设置在同一建筑物内时违反第十九条第二款，“未保持安全距离”仅适用于易燃易爆危险品");
    }
}
