using System.Text.Json;
using Enforcement.Modules.DrugAdministration.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DrugAdministration.Rules;

/// <summary>
/// 食品安全法 第一百二十二条第一款、第一百二十三条第一款、第一百二十四条第一款、第一百二十五条第一款 fine by 货值金额:
/// below 一万元 of goods a fixed band, from 一万元 a multiple of the goods' value. A proposed fine must state
/// the goods' value and lie in whichever of the two applies. The fixed band is the item's
/// <see cref="PenaltyRange.Fine"/>; the multiples are the article's (待核对现行文本: the 2025 amendment).
/// </summary>
internal sealed class ValueBasedFineRule(string itemCode, LegalBasis penaltyBasis, FineBand fixedBand, decimal minMultiple, decimal maxMultiple) : IResultRule
{
    /// <summary>The goods' value from which the multiple applies (货值金额一万元以上).</summary>
    public const decimal Threshold = 10000;

    /// <summary>The multiples of 货值金额 by penalty article (first paragraph).</summary>
    public static readonly IReadOnlyDictionary<int, (decimal Min, decimal Max)> Multiples = new Dictionary<int, (decimal, decimal)>
    {
        [122] = (10, 20),
        [123] = (15, 30),
        [124] = (10, 20),
        [125] = (5, 10),
    };

    public string ItemCode => itemCode;

    /// <summary>One rule per item whose penalty is a first paragraph of 第一百二十二条至第一百二十五条.</summary>
    public static IEnumerable<ValueBasedFineRule> For(IEnumerable<EnforcementItem> items) =>
        from item in items
        let basis = item.PenaltyBasis
        where basis.Law == "食品安全法" && basis.Paragraph == 1 && Multiples.ContainsKey(basis.Article) && item.Penalty.Fine is not null
        let m = Multiples[basis.Article]
        select new ValueBasedFineRule(item.Code, basis, item.Penalty.Fine!, m.Min, m.Max);

    public bool AppliesTo(string code) => code == itemCode;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (FormData.Number(data, DrugAdministrationForms.ProposedFineField) is not { } fine) yield break;
        if (FormData.Number(data, DrugAdministrationForms.GoodsValueField) is not { } value)
        {
            yield return new FieldError(DrugAdministrationForms.GoodsValueField,
                $"拟处罚款须填写违法生产经营的食品货值金额：依照{penaltyBasis}，货值金额不足一万元的罚款{Describe(fixedBand)}，一万元以上的按货值金额{minMultiple:0}倍至{maxMultiple:0}倍计算");
            yield break;
        }

        var band = value < Threshold
            ? fixedBand
            : new FineBand(value * minMultiple, value * maxMultiple);
        if (!band.Contains(fine))
        {
            var why = value < Threshold
                ? $"货值金额 {RuleData.Yuan(value)} 不足一万元，罚款幅度为{Describe(band)}"
                : $"货值金额 {RuleData.Yuan(value)} 在一万元以上，罚款幅度为货值金额{minMultiple:0}倍至{maxMultiple:0}倍，即{Describe(band)}";
            yield return new FieldError(DrugAdministrationForms.ProposedFineField, $"拟处罚款 {RuleData.Yuan(fine)} 超出法定幅度：{why}（{penaltyBasis}）");
        }
    }

    private static string Describe(FineBand band) => $"{RuleData.Yuan(band.Min)}以上{RuleData.Yuan(band.Max)}以下";
}
