using Enforcement.Shared.Forms;

namespace Enforcement.Modules.PublicSecurity.Forms;

internal static class PublicSecurityForms
{
    public static readonly IReadOnlyList<FormDefinition> All =
    [
    ];
}
