using System.Text.Json;
using Enforcement.Modules.CityManagement.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.CityManagement.Rules;

/// <summary>
/// 城市道路管理条例 第二十三条 puts the duty to replace or repair a missing or broken manhole cover on its
/// 产权单位: a finding against CG-DL-005 must name that owner, or there is no one to order or penalise.
/// </summary>
internal sealed class ManholeOwnerRule : IResultRule
{
    public const string Item = "CG-DL-005";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!Findings.IsViolation(data)) yield break;
        var owner = data.TryGetValue(CityManagementForms.OwnerField, out var o) && o.ValueKind == JsonValueKind.String
            ? o.GetString()!.Trim() : "";
        if (owner.Length == 0)
            yield return new FieldError(CityManagementForms.OwnerField, "认定检查井、箱盖缺损未及时补缺修复时，须填写产权单位");
    }
}
