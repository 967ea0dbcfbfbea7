using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Planning.Rules;

internal static class PlanningRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        .. PermitStatusMatchesItemRule.All,
        new CorrectabilityLadderRule(),
        .. TemporaryApprovalMatchesItemRule.All,
    ];
}
