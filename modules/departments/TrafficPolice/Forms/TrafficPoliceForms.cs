using Enforcement.Shared.Forms;

namespace Enforcement.Modules.TrafficPolice.Forms;

internal static class TrafficPoliceForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
