using Enforcement.Shared.Forms;
using System.Text.Json;
using Enforcement.Modules.HumanResources.Forms;

namespace Enforcement.Modules.HumanResources.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
    /// <summary>True when a finding is recorded and it is not 未发现违法行为.</summary>
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "finding") is { Length: > 0 } f && f != HumanResourcesForms.NoViolation;

    public static bool IsNoViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "finding") == HumanResourcesForms.NoViolation;
}
