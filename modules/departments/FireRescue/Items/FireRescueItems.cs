using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.FireRescue.Items;

internal static class FireRescueItems
{
    private const string Dept = FireRescueModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
