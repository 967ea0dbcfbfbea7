using Enforcement.Shared.Rules;

namespace Enforcement.Modules.FireRescue.Rules;

internal static class FireRescueRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new ForcedExecutionRule(),
        new ElectricalOverdueRule(),
        new ResidenceFindingRule(),
        new CrowdedPremisesObstacleRule(),
    ];
}
