using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Education.Forms;

internal static class EducationForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
