using System.Text.Json;
using Enforcement.Modules.DrugAdministration.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DrugAdministration.Rules;

/// <summary>
/// 食品安全法 第一百二十六条第一款第（六）项 is about people: a finding must say how many staff worked
/// without a health certificate (or while ill), at least one and no more than were on duty.
/// </summary>
internal sealed class StaffCountRule : IResultRule
{
    /// <summary>无健康证明; 患有有碍食品安全疾病.</summary>
    public static readonly IReadOnlySet<string> Items = new HashSet<string> { "YJ-RY-001", "YJ-RY-002" };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsViolation(data)) yield break;
        var concerned = FormData.Number(data, DrugAdministrationForms.StaffConcernedField);
        var onDuty = FormData.Number(data, DrugAdministrationForms.StaffOnDutyField);
        if (concerned is not > 0)
            yield return new FieldError(DrugAdministrationForms.StaffConcernedField, "认定安排无健康证明或者患病人员从事接触直接入口食品工作，须填写涉及人数（至少 1 人）");
        else if (onDuty is { } total && concerned > total)
            yield return new FieldError(DrugAdministrationForms.StaffConcernedField, $"涉及人数 {concerned} 人多于在岗人数 {total} 人");
    }
}
