using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.PublicSecurity.Items;

internal static class PublicSecurityItems
{
    private const string Dept = PublicSecurityModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
