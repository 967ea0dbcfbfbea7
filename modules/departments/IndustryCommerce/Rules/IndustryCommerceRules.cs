using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Rules;

internal static class IndustryCommerceRules
{
    public static readonly IReadOnlyList<IResultRule> All = [];
}
