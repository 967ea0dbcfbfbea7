using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Culture.Rules;

internal static class CultureRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new LateHoursRule(),
        new MinorsFindingRule(),
        new ArcadeHolidayRule(),
        new LicenceFindingRule(),
    ];
}
