using Enforcement.Shared.Forms;
using System.Text.Json;
using Enforcement.Modules.TrafficPolice.Forms;

namespace Enforcement.Modules.TrafficPolice.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
    /// <summary>True when the record's finding is a violation (anything but 现场未发现违法行为).</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "finding") is { Length: > 0 } f && f != TrafficPoliceForms.NoViolation;

    /// <summary>True when the chosen measure proposes a fine (处以罚款…).</summary>
    public static bool ProposesFine(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "measure") is { } m && m.Contains("罚款", StringComparison.Ordinal);
}
