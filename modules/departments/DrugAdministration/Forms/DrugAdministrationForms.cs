using Enforcement.Shared.Forms;

namespace Enforcement.Modules.DrugAdministration.Forms;

internal static class DrugAdministrationForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
