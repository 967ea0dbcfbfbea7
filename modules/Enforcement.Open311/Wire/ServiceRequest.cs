using System.Text.Json.Serialization;
using System.Xml.Linq;

namespace Enforcement.Open311.Wire;

/// <summary>
/// One service request as <c>GET requests</c> shows it, with the GeoReport v2 field names. Reads the
/// payloads other cities send too (fields in any order, empty elements, omitted null fields).
/// </summary>
internal sealed record ServiceRequest
{
    public const string ListElement = "service_requests";

    public string? ServiceRequestId { get; init; }
    public string? Status { get; init; }
    public string? StatusNotes { get; init; }
    public string? ServiceName { get; init; }
    public string? ServiceCode { get; init; }
    public string? Description { get; init; }
    public string? AgencyResponsible { get; init; }
    public string? ServiceNotice { get; init; }
    [JsonConverter(typeof(W3cDateJsonConverter))] public DateTimeOffset? RequestedDatetime { get; init; }
    [JsonConverter(typeof(W3cDateJsonConverter))] public DateTimeOffset? UpdatedDatetime { get; init; }
    [JsonConverter(typeof(W3cDateJsonConverter))] public DateTimeOffset? ExpectedDatetime { get; init; }
    public string? Address { get; init; }
    public string? AddressId { get; init; }
    public string? Zipcode { get; init; }
    public double? Lat { get; init; }
    public double? Long { get; init; }
    public string? MediaUrl { get; init; }

    public XElement ToXml() => new("request",
        Xml.El("service_request_id", ServiceRequestId), Xml.El("status", Status), Xml.El("status_notes", StatusNotes),
        Xml.El("service_name", ServiceName), Xml.El("service_code", ServiceCode), Xml.El("description", Description),
        Xml.El("agency_responsible", AgencyResponsible), Xml.El("service_notice", ServiceNotice),
        Xml.El("requested_datetime", RequestedDatetime), Xml.El("updated_datetime", UpdatedDatetime),
        Xml.El("expected_datetime", ExpectedDatetime), Xml.El("address", Address), Xml.El("address_id", AddressId),
        Xml.El("zipcode", Zipcode), Xml.El("lat", Lat), Xml.El("long", Long), Xml.El("media_url", MediaUrl));

    public static ServiceRequest FromXml(XElement e) => new()
    {
        ServiceRequestId = Xml.Text(e, "service_request_id"), Status = Xml.Text(e, "status"),
        StatusNotes = Xml.Text(e, "status_notes"), ServiceName = Xml.Text(e, "service_name"),
        ServiceCode = Xml.Text(e, "service_code"), Description = Xml.Text(e, "description"),
        AgencyResponsible = Xml.Text(e, "agency_responsible"), ServiceNotice = Xml.Text(e, "service_notice"),
        RequestedDatetime = Xml.Date(e, "requested_datetime"), UpdatedDatetime = Xml.Date(e, "updated_datetime"),
        ExpectedDatetime = Xml.Date(e, "expected_datetime"), Address = Xml.Text(e, "address"),
        AddressId = Xml.Text(e, "address_id"), Zipcode = Xml.Text(e, "zipcode"), Lat = Xml.Number(e, "lat"),
        Long = Xml.Number(e, "long"), MediaUrl = Xml.Text(e, "media_url"),
    };

    public static IReadOnlyList<ServiceRequest> ListFromXml(XElement root) => root.Elements("request").Select(FromXml).ToList();
}

/// <summary>The answer of <c>POST requests</c>: the new request's id, a notice, and the caller's account id echoed.</summary>
internal sealed record RequestCreated(string ServiceRequestId, string? ServiceNotice, string? AccountId)
{
    public XElement ToXml() => new("request",
        Xml.El("service_request_id", ServiceRequestId), Xml.El("service_notice", ServiceNotice), Xml.El("account_id", AccountId));
}
