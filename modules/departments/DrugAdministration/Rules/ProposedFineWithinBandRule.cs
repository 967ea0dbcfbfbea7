using System.Text.Json;
using Enforcement.Modules.DrugAdministration.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DrugAdministration.Rules;

/// <summary>
/// For items with one fixed band (no 货值金额 multiple), a proposed fine must lie in the item's band.
/// Items whose amount is set by provincial rules have no band and no rule.
/// </summary>
internal sealed class ProposedFineWithinBandRule(string itemCode, LegalBasis penaltyBasis, FineBand band) : IResultRule
{
    public string ItemCode => itemCode;

    /// <summary>One rule per item with a fine band that <see cref="ValueBasedFineRule"/> does not cover.</summary>
    public static IEnumerable<ProposedFineWithinBandRule> For(IEnumerable<EnforcementItem> items, IEnumerable<string> valueBased)
    {
        var covered = valueBased.ToHashSet();
        return from item in items
               where item.Penalty.Fine is not null && !covered.Contains(item.Code)
               select new ProposedFineWithinBandRule(item.Code, item.PenaltyBasis, item.Penalty.Fine!);
    }

    public bool AppliesTo(string code) => code == itemCode;

    public IEnumerable<FieldError> Check(IReadOnlyDictionary<string, JsonElement> data)
    {
        if (FormData.Number(data, DrugAdministrationForms.ProposedFineField) is { } fine && !band.Contains(fine))
            yield return new FieldError(DrugAdministrationForms.ProposedFineField,
                $"拟处罚款 {RuleData.Yuan(fine)} 超出{penaltyBasis}规定的幅度（{(band.Min == 0 ? "" : RuleData.Yuan(band.Min) + "以上")}{RuleData.Yuan(band.Max)}以下）");
    }
}
