using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.HumanResources.Items;

internal static class HumanResourcesItems
{
    private const string Dept = HumanResourcesModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
