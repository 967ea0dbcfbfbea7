using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Housing.Rules;

/// <summary>
/// 物业管理条例 第三十条/第六十一条: where the recorded management premises fall short of the area the
/// developer had to provide, the finding cannot be 未发现; and a finding of 未配置 needs both areas.
/// </summary>
internal sealed class PremisesShortfallIsAFindingRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "ZJ-WY-007";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var required = FormData.Number(data, "requiredArea");
        var provided = FormData.Number(data, "providedArea");
        if (required is { } req && provided is { } got && got < req && RuleData.IsNoViolation(data))
            yield return new FieldError("finding", $"实际配置 {got} 平方米少于应当配置的 {req} 平方米，检查结论不能为“未发现违法行为”");
        if (RuleData.IsViolation(data))
        {
            if (required is null) yield return new FieldError("requiredArea", "认定未配置物业管理用房须填写应当配置的面积");
            if (provided is null) yield return new FieldError("providedArea", "认定未配置物业管理用房须填写实际配置的面积（没有则填 0）");
        }
    }
}
