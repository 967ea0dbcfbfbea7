using System.Text.Json;
using Enforcement.Modules.WorkSafety.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WorkSafety.Rules;

/// <summary>
/// 安全生产法 第三十六条第四款: a catering business using gas must install a combustible-gas alarm and keep
/// it working. Recorded as catering with the alarm missing or not working, the finding cannot be
/// 未发现; and a finding needs the alarm to be recorded as missing or not working.
/// </summary>
internal sealed class GasAlarmIsAFindingRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "AJ-RQ-001";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var alarm = FormData.Text(data, "alarm");
        var catering = FormData.Text(data, "trade") == WorkSafetyForms.Catering;
        var defective = alarm is WorkSafetyForms.AlarmMissing or WorkSafetyForms.AlarmNotWorking;
        if (catering && defective && RuleData.IsNoViolation(data))
            yield return new FieldError("finding", $"餐饮场所可燃气体报警装置记录为“{alarm}”，检查结论不能为“未发现违法行为”");
        if (RuleData.IsViolation(data) && alarm is not null && !defective)
            yield return new FieldError("alarm", "认定未安装可燃气体报警装置，报警装置不能记录为“已安装并正常使用”");
    }
}
