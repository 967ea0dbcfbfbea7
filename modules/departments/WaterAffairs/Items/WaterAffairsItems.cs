using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WaterAffairs.Items;

internal static class WaterAffairsItems
{
    private const string Dept = WaterAffairsModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
