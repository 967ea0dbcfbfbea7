using System.Globalization;
using System.Xml.Linq;

namespace Enforcement.Open311.Wire;

/// <summary>Small helpers for GeoReport v2 XML: absent values are empty elements; reading ignores order.</summary>
internal static class Xml
{
    public static XElement El(string name, string? value) => value is null ? new XElement(name) : new XElement(name, value);

    public static XElement El(string name, bool value) => new(name, value ? "true" : "false");

    public static XElement El(string name, double? value) =>
        El(name, value?.ToString("R", CultureInfo.InvariantCulture));

    public static XElement El(string name, DateTimeOffset? value) => El(name, value is { } v ? W3cDate.Format(v) : null);

    /// <summary>The element's text, null when the element is missing or empty.</summary>
    public static string? Text(XElement parent, string name) =>
        parent.Element(name) is { } e && !string.IsNullOrWhiteSpace(e.Value) ? e.Value.Trim() : null;

    public static bool Bool(XElement parent, string name) =>
        string.Equals(Text(parent, name), "true", StringComparison.OrdinalIgnoreCase);

    public static double? Number(XElement parent, string name) =>
        double.TryParse(Text(parent, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;

    public static DateTimeOffset? Date(XElement parent, string name) =>
        W3cDate.TryParse(Text(parent, name), false, out var d) ? d : null;

    public static string Document(XElement root) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root.ToString(SaveOptions.None);
}
