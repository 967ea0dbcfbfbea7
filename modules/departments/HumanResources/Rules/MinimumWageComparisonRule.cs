using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.HumanResources.Rules;

/// <summary>
/// 劳动保障监察条例 第二十六条第（二）项: a finding of pay below the local minimum wage needs both the
/// local standard and the pay actually paid, and the pay must be below the standard; the order is to
/// pay the difference (差额).
/// </summary>
internal sealed class MinimumWageComparisonRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "RS-GZ-002";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var minimum = FormData.Number(data, "minimumWage");
        var paid = FormData.Number(data, "paidWage");
        if (RuleData.IsViolation(data))
        {
            if (minimum is null) yield return new FieldError("minimumWage", "认定低于最低工资标准须填写当地月最低工资标准");
            if (paid is null) yield return new FieldError("paidWage", "认定低于最低工资标准须填写实发月工资");
            if (minimum is { } m && paid is { } p && p >= m)
                yield return new FieldError("paidWage", $"实发月工资 {p} 元不低于最低工资标准 {m} 元，不能认定低于最低工资标准");
        }
        else if (RuleData.IsNoViolation(data) && minimum is { } m && paid is { } p && p < m)
        {
            yield return new FieldError("finding", $"实发月工资 {p} 元低于最低工资标准 {m} 元，检查结论不能为“未发现违法行为”");
        }
    }
}
