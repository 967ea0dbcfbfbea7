using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Open311.Wire;

internal enum WireFormat
{
    Json,
    Xml,
}

/// <summary>Writes answers in the format the URL names (<c>.json</c> or <c>.xml</c>).</summary>
internal static class Reply
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static WireFormat? ParseFormat(string? format) => format?.ToLowerInvariant() switch
    {
        "json" => WireFormat.Json,
        "xml" => WireFormat.Xml,
        _ => null,
    };

    public static IResult Ok<T>(WireFormat format, T value, Func<XElement> xml, int status = StatusCodes.Status200OK) =>
        format == WireFormat.Xml
            ? Results.Text(Xml.Document(xml()), "text/xml; charset=utf-8", Encoding.UTF8, status)
            : Results.Text(JsonSerializer.Serialize(value, Json), "application/json; charset=utf-8", Encoding.UTF8, status);

    public static IResult List<T>(WireFormat format, IReadOnlyList<T> items, string root, Func<T, XElement> xml) =>
        Ok(format, items, () => new XElement(root, items.Select(xml)));

    public static IResult Fail(WireFormat format, Open311Failure failure) =>
        Ok(format, failure.Errors, () => new XElement("errors", failure.Errors.Select(e => e.ToXml())), failure.Status);
}
