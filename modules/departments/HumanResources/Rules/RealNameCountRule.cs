using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.HumanResources.Rules;

/// <summary>
/// 保障农民工工资支付条例 第二十八条: no one who is not registered by real name may work on the site. More
/// registered than on site cannot be; fewer registered than on site is itself a finding.
/// </summary>
internal sealed class RealNameCountRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "RS-NM-004";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var onSite = FormData.Number(data, "workersOnSite");
        var registered = FormData.Number(data, "workersRegistered");
        if (onSite is not { } site || registered is not { } reg) yield break;
        if (reg > site)
            yield return new FieldError("workersRegistered", $"现场作业人员中已实名登记 {reg} 人，不能多于现场作业人数 {site} 人");
        else if (reg < site && RuleData.IsNoViolation(data))
            yield return new FieldError("finding", $"现场 {site} 人中仅 {reg} 人实名登记，检查结论不能为“未发现违法行为”");
    }
}
