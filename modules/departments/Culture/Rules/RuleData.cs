using Enforcement.Shared.Forms;
using System.Text.Json;
using Enforcement.Modules.Culture.Forms;

namespace Enforcement.Modules.Culture.Rules;

/// <summary>The module's own readings of recorded results; plain field reads are <see cref="FormData"/>.</summary>
internal static class RuleData
{
    /// <summary>A finding is any record whose measure is not 无需处置 (and that names a measure at all).</summary>
    public static bool IsFinding(IReadOnlyDictionary<string, JsonElement> data) =>
        FormData.Text(data, "measure") is { Length: > 0 } m && m != CultureForms.NoAction;
}
