using System.Text.Json;
using Enforcement.Cases.Cases;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Cases.Procedure;

/// <summary>
/// The item as the case snapshotted it when it was opened: the provisions and the penalty the procedure checks
/// against, so a later module update never changes what an open case is measured by.
/// </summary>
internal sealed record ItemSnapshot(
    string ViolatedCitation, string PenaltyCitation, PenaltyRange Penalty, bool SimpleProcedureAllowed, string Field)
{
    public static ItemSnapshot Of(Case c)
    {
        using var doc = JsonDocument.Parse(c.ItemSnapshotJson);
        var root = doc.RootElement;
        return new ItemSnapshot(
            root.GetProperty("violatedCitation").GetString() ?? "",
            root.GetProperty("penaltyCitation").GetString() ?? "",
            root.GetProperty("penalty").Deserialize<PenaltyRange>(JsonDefaults.Web)!,
            root.TryGetProperty("simpleProcedureAllowed", out var simple) && simple.ValueKind == JsonValueKind.True,
            root.TryGetProperty("field", out var field) ? field.GetString() ?? "" : "");
    }
}
