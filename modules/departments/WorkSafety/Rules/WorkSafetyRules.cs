using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WorkSafety.Rules;

internal static class WorkSafetyRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new FindingMatchesMeasureRule(),
        new GasAlarmIsAFindingRule(),
        new UntrainedWithinEmployeesRule(),
        new DormitoryNeedsHazardousGoodsRule(),
    ];
}
