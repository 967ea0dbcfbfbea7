using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Rules;

internal static class TrafficPoliceRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new FindingMatchesMeasureRule(),
        new ParkingFineConditionsRule(),
        new VehiclePlateRule(),
        new RiderAgeRule(),
        .. FineWithinBandRule.All,
    ];
}
