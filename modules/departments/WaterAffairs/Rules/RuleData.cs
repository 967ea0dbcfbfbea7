using Enforcement.Shared.Forms;
using System.Text.Json;

namespace Enforcement.Modules.WaterAffairs.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
    /// <summary>True when the officer recorded an enforcement measure, i.e. found a violation.</summary>
    public static bool IsFinding(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "measure") is { } m && m != Forms.WaterAffairsForms.NoAction;
}
