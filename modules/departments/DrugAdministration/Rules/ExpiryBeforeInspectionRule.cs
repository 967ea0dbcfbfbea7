using System.Text.Json;
using Enforcement.Modules.DrugAdministration.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DrugAdministration.Rules;

/// <summary>
/// "超过保质期" is a fact of dates: a finding of expired food (or food made from expired ingredients)
/// must record when the shelf life ended, and that moment must lie before the inspection.
/// </summary>
internal sealed class ExpiryBeforeInspectionRule : IResultRule
{
    /// <summary>经营超过保质期的食品; 用超过保质期的食品原料生产食品.</summary>
    public static readonly IReadOnlySet<string> Items = new HashSet<string> { "YJ-SP-001", "YJ-SP-003" };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsViolation(data)) yield break;
        var expiry = FormData.Moment(data, DrugAdministrationForms.ExpiryField);
        var checkedAt = FormData.Moment(data, DrugAdministrationForms.CheckedAtField);
        if (expiry is null)
            yield return new FieldError(DrugAdministrationForms.ExpiryField, "认定超过保质期，须填写保质期截止时间（依标签标注的生产日期和保质期计算）");
        else if (checkedAt is { } at && expiry >= at)
            yield return new FieldError(DrugAdministrationForms.ExpiryField,
                $"保质期截止时间 {expiry:yyyy-MM-dd HH:mm} 不早于检查时间 {at:yyyy-MM-dd HH:mm}，不能认定超过保质期");
    }
}
