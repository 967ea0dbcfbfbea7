using Enforcement.Shared.Rules;

namespace Enforcement.Modules.WorkSafety.Rules;

internal static class WorkSafetyRules
{
    public static readonly IReadOnlyList<IResultRule> All = [];
}
