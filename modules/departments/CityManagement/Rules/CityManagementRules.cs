using Enforcement.Shared.Rules;

namespace Enforcement.Modules.CityManagement.Rules;

internal static class CityManagementRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new FindingMatchesMeasureRule(),
        new MeasuredQuantityRule(),
        new VehiclePlateRule(),
        new ManholeOwnerRule(),
        new DemolitionApprovalRule(),
        .. GreeningQuantityRule.All,
    ];
}
