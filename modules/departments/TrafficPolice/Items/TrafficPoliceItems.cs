using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Items;

internal static class TrafficPoliceItems
{
    private const string Dept = TrafficPoliceModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
