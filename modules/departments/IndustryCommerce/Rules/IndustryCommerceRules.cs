using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Rules;

internal static class IndustryCommerceRules
{
    public static readonly IReadOnlyList<IResultRule> All =
    [
        new FindingMatchesMeasureRule(),
        new LicenceHeldIsNotUnlicensedRule(),
        new UnpermittedUnlicensedIsReferredRule(),
        new FacilitatorNamedRule(),
        new AdCostRecordedRule(),
        new GoodsValueRecordedRule(),
    ];
}
