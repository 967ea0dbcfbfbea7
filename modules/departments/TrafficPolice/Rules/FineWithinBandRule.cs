using System.Text.Json;
using Enforcement.Modules.TrafficPolice.Items;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Rules;

/// <summary>
/// A proposed fine must state its amount, and the amount must lie in the statutory band of the item's
/// penalty provision. 第九十五条 punishes 依照本法第九十条, so its items take 第九十条's band; 第一百零四条第二款
/// sets no fine at all, so a fine cannot be proposed for its items. One instance per item.
/// </summary>
internal sealed class FineWithinBandRule(EnforcementItem item) : IResultRule
{
    /// <summary>第九十条: 警告或者二十元以上二百元以下罚款.</summary>
    public static readonly FineBand Article90 = new(20, 200);

    public static IReadOnlyList<FineWithinBandRule> All { get; } = TrafficPoliceItems.All.Select(i => new FineWithinBandRule(i)).ToList();

    /// <summary>The band a fine for the item must lie in, or null when its penalty provision sets no fine.</summary>
    public FineBand? Band =>
        item.Penalty.Fine
        ?? (item.PenaltyBasis is { Law: "道路交通安全法", Article: 95 } ? Article90 : null);

    public bool AppliesTo(string itemCode) => itemCode == item.Code;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (!RuleData.ProposesFine(data)) yield break;
        if (Band is not { } band)
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
