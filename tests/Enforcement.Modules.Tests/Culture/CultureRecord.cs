using System.Text.Json;

namespace Enforcement.Modules.Tests.Culture;

/// <summary>Builds recorded form data from an anonymous object, as the API would receive it.</summary>
internal static class CultureRecord
{
    public static IReadOnlyDictionary<string, JsonElement> Of(object values) =>
        JsonSerializer.SerializeToElement(values).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
}
