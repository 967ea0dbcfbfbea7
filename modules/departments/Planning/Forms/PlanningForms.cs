using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Planning.Forms;

internal static class PlanningForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
