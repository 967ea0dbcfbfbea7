using Enforcement.Shared.Rules;

namespace Enforcement.Modules.DrugAdministration.Rules;

internal static class DrugAdministrationRules
{
    public static readonly IReadOnlyList<IResultRule> All = [];
}
