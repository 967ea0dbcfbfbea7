using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Culture.Forms;

internal static class CultureForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
