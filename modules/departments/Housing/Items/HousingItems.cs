using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Housing.Items;

internal static class HousingItems
{
    private const string Dept = HousingModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
