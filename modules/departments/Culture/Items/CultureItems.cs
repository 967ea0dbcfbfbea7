using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Culture.Items;

internal static class CultureItems
{
    private const string Dept = CultureModule.ModuleKey;

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
    ];
}
