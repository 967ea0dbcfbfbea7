using Enforcement.Shared.Rules;

namespace Enforcement.Modules.Housing.Rules;

internal static class HousingRules
{
    public static readonly IReadOnlyList<IResultRule> All = [];
}
