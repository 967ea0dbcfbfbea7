using System.Text.Json;

namespace Enforcement.Modules.Tests.PublicSecurity;

/// <summary>Builds form data as the client posts it: field code → JSON value.</summary>
internal static class RecordData
{
    public static IReadOnlyDictionary<string, JsonElement> Of(object values) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(JsonSerializer.Serialize(values))!;
}
