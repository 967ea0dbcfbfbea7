using Enforcement.Modules.DrugAdministration.Items;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DrugAdministration.Rules;

internal static class DrugAdministrationRules
{
    public static readonly IReadOnlyList<ValueBasedFineRule> ValueBased = [.. ValueBasedFineRule.For(DrugAdministrationItems.All)];

    public static readonly IReadOnlyList<IResultRule> All =
    [
        new FindingMatchesMeasureRule(),
        new ExpiryBeforeInspectionRule(),
        new StaffCountRule(),
        .. ValueBased,
        .. ProposedFineWithinBandRule.For(DrugAdministrationItems.All, ValueBased.Select(r => r.ItemCode)),
    ];
}
