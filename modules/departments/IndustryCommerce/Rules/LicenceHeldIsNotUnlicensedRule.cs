using System.Text.Json;
using Enforcement.Modules.IndustryCommerce.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Rules;

/// <summary>
/// 无照经营 (无证无照经营查处办法 第六条) means trading without a valid business licence: a record that
/// finds it while stating the trader holds one contradicts itself.
/// </summary>
internal sealed class LicenceHeldIsNotUnlicensedRule : IResultRule
{
    public const string Item = "GS-WZ-001";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.IsViolation(data) && FormData.Text(data, "licence") == IndustryCommerceForms.LicenceHeld)
            yield return new FieldError("licence", "经营者已取得营业执照，不能认定为无照经营；如超出登记范围或证照不符，请另行说明");
    }
}
