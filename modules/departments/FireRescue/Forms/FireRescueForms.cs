using Enforcement.Shared.Forms;

namespace Enforcement.Modules.FireRescue.Forms;

internal static class FireRescueForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
