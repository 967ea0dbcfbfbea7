using System.Text.Json;

namespace Enforcement.Modules.Tests.FireRescue;

/// <summary>Builds recorded form data from an anonymous object, as the API would receive it.</summary>
internal static class FireRecord
{
    public static IReadOnlyDictionary<string, JsonElement> Of(object values) =>
        JsonSerializer.SerializeToElement(values).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
}
