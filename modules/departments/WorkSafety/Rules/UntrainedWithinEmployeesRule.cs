using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WorkSafety.Rules;

/// <summary>
/// 安全生产法 第二十八条/第九十七条第（三）项: a finding that workers were not trained needs how many, and
/// there cannot be more untrained workers than workers.
/// </summary>
internal sealed class UntrainedWithinEmployeesRule : IResultRule
{
    public bool AppliesTo(string itemCode) => itemCode == "AJ-PX-001";

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        var employees = FormData.Number(data, "employees");
        var untrained = FormData.Number(data, "untrained");
        if (RuleData.IsViolation(data) && untrained is not > 0)
            yield return new FieldError("untrained", "认定未进行安全生产教育和培训须填写未经培训的人数");
        if (employees is { } e && untrained is { } u && u > e)
            yield return new FieldError("untrained", $"未经培训的人数 {u} 人不能多于从业人员人数 {e} 人");
    }
}
