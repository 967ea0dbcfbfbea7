using Enforcement.Shared.Forms;

namespace Enforcement.Modules.WaterAffairs.Forms;

internal static class WaterAffairsForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
