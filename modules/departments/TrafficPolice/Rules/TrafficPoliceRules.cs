using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Rules;

internal static class TrafficPoliceRules
{
    public static readonly IReadOnlyList<IResultRule> All = [];
}
