using Enforcement.Shared.Forms;

namespace Enforcement.Modules.WorkSafety.Forms;

internal static class WorkSafetyForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
