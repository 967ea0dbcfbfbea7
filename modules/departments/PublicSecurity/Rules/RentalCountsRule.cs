using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.PublicSecurity.Rules;

/// <summary>
/// A finding under 治安管理处罚法 第五十七条第一款 must count the tenants whose identity was not registered
/// (at least one), and that count cannot exceed the number of people living there.
/// </summary>
internal sealed class RentalCountsRule : IResultRule
{
    public const string Item = "ZA-CZ-001";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsViolation(data)) yield break;
        var unregistered = FormData.Number(data, "unregistered");
        var tenants = FormData.Number(data, "tenants");
        if (unregistered is not > 0)
            yield return new FieldError("unregistered", "认定未按规定登记承租人，须填写未登记的承租人数，且大于 0");
        else if (tenants is { } t && unregistered > t)
            yield return new FieldError("unregistered", $"未登记人数 {unregistered:0} 超过实际居住人数 {t:0}");
    }
}
