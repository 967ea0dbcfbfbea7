using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WaterAffairs.Rules;

internal static class WaterAffairsRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new RainNetworkFindingRule(),
        new PermitFindingRule(),
        .. ActivityMatchesItemRule.All,
    ];
}
