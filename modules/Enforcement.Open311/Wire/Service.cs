using System.Xml.Linq;

namespace Enforcement.Open311.Wire;

/// <summary>
/// One entry of <c>GET services</c>. <c>keywords</c> is one comma-separated string, as in the
/// specification's example; <c>group</c> is the owning department.
/// </summary>
internal sealed record Service(
    string ServiceCode, string ServiceName, string? Description, bool Metadata, string Type, string? Keywords, string? Group)
{
    public const string ListElement = "services";

    public XElement ToXml() => new("service",
        Xml.El("service_code", ServiceCode), Xml.El("service_name", ServiceName), Xml.El("description", Description),
        Xml.El("metadata", Metadata), Xml.El("type", Type), Xml.El("keywords", Keywords), Xml.El("group", Group));

    public static Service FromXml(XElement e) => new(
        Xml.Text(e, "service_code") ?? "", Xml.Text(e, "service_name") ?? "", Xml.Text(e, "description"),
        Xml.Bool(e, "metadata"), Xml.Text(e, "type") ?? "realtime", Xml.Text(e, "keywords"), Xml.Text(e, "group"));

    public static IReadOnlyList<Service> ListFromXml(XElement root) => root.Elements("service").Select(FromXml).ToList();
}
