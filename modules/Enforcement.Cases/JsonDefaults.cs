using System.Text.Json;

namespace Enforcement.Cases;

/// <summary>The one set of JSON options the module reads its stored JSON with (camelCase, as the web writes it).</summary>
internal static class JsonDefaults
{
    public static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
}
