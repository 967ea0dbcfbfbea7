using System.Text.Json;
using Enforcement.Modules.PublicSecurity.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.PublicSecurity.Rules;

/// <summary>A proposed fine must state its amount, within the band of the item's penalty provision. One instance per item.</summary>
internal sealed class FineWithinBandRule(EnforcementItem item) : IResultRule
{
    public static IReadOnlyList<FineWithinBandRule> All { get; } = PublicSecurityItems.All.Select(i => new FineWithinBandRule(i)).ToList();

    public bool AppliesTo(string itemCode) => itemCode == item.Code;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.ProposesFine(data)) yield break;
        if (item.Penalty.Fine is not { } band)
        {
            yield return new FieldError("measure", $"{item.PenaltyBasis}未设罚款，不能处以罚款");
            yield break;
        }
        var amount = FormData.Number(data, "fineAmount");
        if (amount is null)
            yield return new FieldError("fineAmount", "处以罚款时须填写拟处罚款金额（元）");
        else if (!band.Contains(amount.Value))
            yield return new FieldError("fineAmount",
                $"罚款 {amount:0.##} 元不在{item.PenaltyBasis}规定的 {band.Min:0.##} 元以上 {band.Max:0.##} 元以下幅度内");
    }
}
