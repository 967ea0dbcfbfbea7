using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WorkSafety.Items;

internal static class WorkSafetyItems
{
    private const string Dept = WorkSafetyModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
