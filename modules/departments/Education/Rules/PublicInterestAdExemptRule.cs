using System.Text.Json;
using Enforcement.Modules.Education.Forms;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Education.Rules;

/// <summary>
/// 广告法 第三十九条 ends “但公益广告除外”: a public-interest ad in a school or on pupils' things is not
/// a violation of it, so a record cannot find one.
/// </summary>
internal sealed class PublicInterestAdExemptRule : IResultRule
{
    public const string Item = "JY-GG-002";

    public bool AppliesTo(string itemCode) => itemCode == Item;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.IsViolation(data) && FormData.Text(data, "adKind") == EducationForms.PublicInterestAd)
            yield return new FieldError("adKind", "公益广告不适用广告法第三十九条的禁止规定，不能据此认定违法");
    }
}
