using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.HumanResources.Rules;

/// <summary>
/// 劳动保障监察条例 第二十六条 orders the wages paid and, if not paid in time, 赔偿金 of 50%–100% of the sum
/// owed: a finding of 克扣/拖欠 needs that sum and the number of workers it is owed to.
/// </summary>
internal sealed class WageArrearsNeedAmountRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "RS-GZ-001";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsViolation(data)) yield break;
        if (FormData.Number(data, "owedAmount") is not > 0)
            yield return new FieldError("owedAmount", "认定克扣或者拖欠工资须填写应付未付工资数额（元）");
        if (FormData.Number(data, "workers") is not >= 1)
            yield return new FieldError("workers", "认定克扣或者拖欠工资须填写涉及劳动者人数");
    }
}
