using Enforcement.Shared.Forms;

namespace Enforcement.Modules.IndustryCommerce.Forms;

internal static class IndustryCommerceForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
