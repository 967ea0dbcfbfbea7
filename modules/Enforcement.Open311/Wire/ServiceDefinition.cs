using System.Xml.Linq;

namespace Enforcement.Open311.Wire;

/// <summary>The answer of <c>GET services/{service_code}</c>: the attributes a request for the service carries.</summary>
internal sealed record ServiceDefinition(string ServiceCode, IReadOnlyList<ServiceAttribute> Attributes)
{
    public XElement ToXml() => new("service_definition",
        Xml.El("service_code", ServiceCode), new XElement("attributes", Attributes.Select(a => a.ToXml())));

    public static ServiceDefinition FromXml(XElement e) => new(
        Xml.Text(e, "service_code") ?? "",
        e.Element("attributes")?.Elements("attribute").Select(ServiceAttribute.FromXml).ToList() ?? []);
}

/// <summary>
/// One attribute. <c>variable</c> true: the caller supplies the value. <c>datatype</c>: string,
/// number, datetime, text, singlevaluelist or multivaluelist; <c>values</c> only for the lists.
/// </summary>
internal sealed record ServiceAttribute(
    bool Variable, string Code, string Datatype, bool Required, string? DatatypeDescription, int Order, string Description,
    IReadOnlyList<AttributeValue> Values)
{
    public XElement ToXml() => new("attribute",
        Xml.El("variable", Variable), Xml.El("code", Code), Xml.El("datatype", Datatype), Xml.El("required", Required),
        Xml.El("datatype_description", DatatypeDescription), Xml.El("order", Order.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Xml.El("description", Description), new XElement("values", Values.Select(v => v.ToXml())));

    public static ServiceAttribute FromXml(XElement e) => new(
        Xml.Bool(e, "variable"), Xml.Text(e, "code") ?? "", Xml.Text(e, "datatype") ?? "string", Xml.Bool(e, "required"),
        Xml.Text(e, "datatype_description"), (int)(Xml.Number(e, "order") ?? 0), Xml.Text(e, "description") ?? "",
        e.Element("values")?.Elements("value").Select(AttributeValue.FromXml).ToList() ?? []);
}

internal sealed record AttributeValue(string Key, string Name)
{
    public XElement ToXml() => new("value", Xml.El("key", Key), Xml.El("name", Name));

    public static AttributeValue FromXml(XElement e) => new(Xml.Text(e, "key") ?? "", Xml.Text(e, "name") ?? "");
}
