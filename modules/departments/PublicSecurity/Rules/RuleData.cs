using Enforcement.Shared.Forms;
using System.Text.Json;
using Enforcement.Modules.PublicSecurity.Forms;

namespace Enforcement.Modules.PublicSecurity.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
    public static bool IsViolation(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "finding") is { Length: > 0 } f && f != PublicSecurityForms.NoViolation;

    public static bool ProposesFine(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "measure") is { } m && m.Contains("罚款", StringComparison.Ordinal);
}
