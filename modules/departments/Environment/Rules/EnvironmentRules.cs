using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Environment.Rules;

internal static class EnvironmentRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new PurifierMissingNeedsActionRule(),
        new NoiseExceedanceNeedsLevelsRule(),
        new FenceBelowPileNeedsActionRule(),
        new EmissionExceedanceNeedsConcentrationsRule(),
        .. WasteClassMatchesItemRule.All,
    ];
}
