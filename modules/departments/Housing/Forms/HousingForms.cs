using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Housing.Forms;

internal static class HousingForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
