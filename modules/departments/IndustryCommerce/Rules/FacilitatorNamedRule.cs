using System.Text.Json;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Rules;

/// <summary>
/// 无证无照经营查处办法 第十四条 punishes whoever knowingly provides premises, transport, custody or
/// storage to an unlicensed trader: a finding under it must name that party, who is the one penalised.
/// </summary>
internal sealed class FacilitatorNamedRule : IResultRule
{
    public static readonly IReadOnlySet<string> Items = new HashSet<string> { "GS-WZ-002", "GS-WZ-003" };

    public bool AppliesTo(string itemCode) => Items.Contains(itemCode);

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (RuleData.IsViolation(data) && string.IsNullOrWhiteSpace(FormData.Text(data, "facilitator")))
            yield return new FieldError("facilitator", "认定为无照经营提供场所或运输、保管、仓储条件时，须填写提供条件的单位或个人");
    }
}
