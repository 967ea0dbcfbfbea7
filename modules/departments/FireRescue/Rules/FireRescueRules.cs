using Enforcement.Shared.Rules;

namespace Enforcement.Modules.FireRescue.Rules;

internal static class FireRescueRules
{
    public static readonly IReadOnlyList<IResultRule> All = [];
}
