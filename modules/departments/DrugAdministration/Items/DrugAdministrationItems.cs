using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DrugAdministration.Items;

internal static class DrugAdministrationItems
{
    private const string Dept = DrugAdministrationModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
