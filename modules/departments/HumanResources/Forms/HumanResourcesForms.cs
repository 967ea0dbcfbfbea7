using Enforcement.Shared.Forms;

namespace Enforcement.Modules.HumanResources.Forms;

internal static class HumanResourcesForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
