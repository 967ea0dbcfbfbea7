using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Items;

internal static class IndustryCommerceItems
{
    private const string Dept = IndustryCommerceModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
