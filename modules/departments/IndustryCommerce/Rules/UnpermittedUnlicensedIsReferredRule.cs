using System.Text.Json;
using Enforcement.Modules.IndustryCommerce.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Rules;

/// <summary>
/// 无证无照经营查处办法 第七条: a trader with neither the required permit nor a business licence is dealt
/// with under 第五条, by the permit department (e.g. 无证餐饮 by the food-safety department). Such a record
/// must refer the case on; and a referral is only right where a permit was required and missing.
/// </summary>
internal sealed class UnpermittedUnlicensedIsReferredRule : IResultRule
{
    public const string Item = "GS-WZ-001";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.IsViolation(data)) yield break;
        var permitMissing = FormData.Text(data, "permit") == IndustryCommerceForms.PermitMissing;
        var referred = FormData.Text(data, "measure") == IndustryCommerceForms.ReferToPermitDepartment;
        if (permitMissing && !referred)
            yield return new FieldError("measure",
                $"未取得许可且未取得营业执照的，依《无证无照经营查处办法》第七条、第五条由许可部门查处，处置措施应为“{IndustryCommerceForms.ReferToPermitDepartment}”");
        if (!permitMissing && referred)
            yield return new FieldError("permit",
                $"只有经营项目依法须取得许可而未取得时才移送许可部门；请在经营许可情况中选择“{IndustryCommerceForms.PermitMissing}”，或改选其他处置措施");
    }
}
