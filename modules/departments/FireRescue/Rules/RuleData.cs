using System.Text.Json;
using Enforcement.Modules.FireRescue.Forms;

namespace Enforcement.Modules.FireRescue.Rules;

/// <summary>Reads recorded values; the form validator has already checked their types.</summary>
internal static class RuleData
{
    public static string? Text(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static IReadOnlyList<string> Choices(IReadOnlyDictionary<string, JsonElement> data, string field) =>
        data.TryGetValue(field, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList()
            : [];

    /// <summary>A finding is any record whose measure is not 无需处置 (and that names a measure at all).</summary>
    public static bool IsFinding(IReadOnlyDictionary<string, JsonElement> data) =>
        Text(data, "measure") is { Length: > 0 } m && m != FireRescueForms.NoAction;
}
