using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Housing.Rules;

internal static class HousingRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new FindingMatchesMeasureRule(),
        new MisusedFundNeedsAmountRule(),
        new BareGroundIsAFindingRule(),
        new PremisesShortfallIsAFindingRule(),
    ];
}
