using Enforcement.Shared.Rules;

namespace Enforcement.Modules.HumanResources.Rules;

internal static class HumanResourcesRules
{
    public static readonly IReadOnlyList<IResultRule> All = [];
}
