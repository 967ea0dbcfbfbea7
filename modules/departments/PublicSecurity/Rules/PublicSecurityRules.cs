using Enforcement.Shared.Rules;

namespace Enforcement.Modules.PublicSecurity.Rules;

internal static class PublicSecurityRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new WarningBeforeFineRule(),
        new RentalCountsRule(),
        .. FineWithinBandRule.All,
    ];
}
