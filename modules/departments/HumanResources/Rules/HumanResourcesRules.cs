using Enforcement.Shared.Rules;

namespace Enforcement.Modules.HumanResources.Rules;

internal static class HumanResourcesRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new FindingMatchesMeasureRule(),
        new WageArrearsNeedAmountRule(),
        new MinimumWageComparisonRule(),
        new OvertimeFinePerWorkerRule(),
        new RealNameCountRule(),
    ];
}
