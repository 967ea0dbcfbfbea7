using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.FireRescue.Rules;

/// <summary>
/// 消防法 第二十八条 / 第六十条第一款第（六）项 bind 人员密集场所 (第七十三条第（四）项) only, and the finding is the
/// obstacle on the doors or windows: both must be recorded.
/// </summary>
internal sealed class CrowdedPremisesObstacleRule : IResultRule
{
    public const string Item = "XF-MC-001";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsFinding(data)) yield break;
        if (FormData.Text(data, "premisesType") != "人员密集场所")
            yield return new FieldError("premisesType", "门窗设置障碍物的规定只约束人员密集场所（第七十三条第（四）项）");
        if (FormData.Choices(data, "obstacles").Count == 0)
            yield return new FieldError("obstacles", "须记录门窗上影响逃生和灭火救援的障碍物");
    }
}
