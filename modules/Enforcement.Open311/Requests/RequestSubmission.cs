using System.Globalization;
using Enforcement.Open311.Services;
using Enforcement.Open311.Wire;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Messages.Inbox;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using static Enforcement.Open311.Open311Parameters;

namespace Enforcement.Open311.Requests;

/// <summary>
/// <c>POST requests</c>: checks a posted request against the service and its form, and hands it to the
/// inbox as a resident's work order. Who the resident is (names, phone, e-mail, account, device) is
/// read only to be struck from the text: it is not stored.
/// </summary>
[ModuleService]
internal sealed class RequestSubmission(IMediator mediator, ServiceCatalog catalog, TimeProvider clock, IOptions<JurisdictionOptions> jurisdictions)
{
    public const string Channel = "resident";

    public async Task<(RequestCreated? Created, Open311Failure? Failure)> SubmitAsync(IFormCollection form, CancellationToken ct)
    {
        var jurisdiction = Jurisdiction(jurisdictions.Value, Value(form["jurisdiction_id"]), out var failure);
        if (jurisdiction is null) return (null, failure);

        var code = Value(form["service_code"]);
        if (code is null) return (null, Open311Failure.BadRequest("缺少 service_code（service_code is required）"));
        var service = (await catalog.AllAsync(jurisdiction.Code, ct)).FirstOrDefault(p => p.Item.Code == code);
        if (service is null) return (null, Open311Failure.BadRequest($"没有编号为 {code} 的服务（service_code not found）"));
        if (!ServiceCatalog.IsDelegated(service))
            return (null, Open311Failure.Forbidden($"事项 {code} 当前未委托街道执法，本平台不能受理（service not delegated to the brigade）"));

        var problems = new List<string>();
        var place = Location(form, problems);
        var mediaUrl = Value(form["media_url"]);
        if (mediaUrl is not null && !(Uri.TryCreate(mediaUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            problems.Add("media_url 须为 http(s) 链接（media_url must be an absolute http(s) URL）");
        var attributes = AttributeReader.Read(form);
        problems.AddRange(AttributeReader.Validate(service.Form, attributes));
        if (problems.Count > 0) return (null, new Open311Failure(400, problems));

        var personal = new[] { "first_name", "last_name", "phone", "email" }.Select(k => Value(form[k])).ToList();
        personal.Add($"{Value(form["last_name"])}{Value(form["first_name"])}");
        personal.Add($"{Value(form["first_name"])} {Value(form["last_name"])}".Trim());
        var text = RequestText.Compose(Value(form["description"]), service.Item.Name, mediaUrl, personal);

        var command = new ReceiveWorkOrder(Channel, RequestText.ExternalIdPrefix + Guid.NewGuid().ToString("N"), text,
            place.Address, clock.GetUtcNow(), place.Lat, place.Long, jurisdiction.Code, code,
            attributes.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)a.Value));
        var received = await mediator.Send(command, ct);
        if (!received.Ok) return (null, FromInbox(received.Problem!));
        var order = received.Value!;
        if (order.Created) await mediator.Send(new TriageWorkOrder(order.Id), ct);   // into the inbox like any channel
        return (new RequestCreated(order.Id.ToString(), $"已受理，工单编号 {order.Number}", Value(form["account_id"])), null);
    }

    /// <summary>Exactly one location: lat and long together, or address_string, or address_id.</summary>
    private static (string? Address, double? Lat, double? Long) Location(IFormCollection form, List<string> problems)
    {
        string? lat = Value(form["lat"]), lng = Value(form["long"]);
        string? address = Value(form["address_string"]), addressId = Value(form["address_id"]);
        if ((lat is null) != (lng is null))
        {
            problems.Add("lat 与 long 须同时给出（lat and long go together）");
            return (null, null, null);
        }
        var given = (lat is null ? 0 : 1) + (address is null ? 0 : 1) + (addressId is null ? 0 : 1);
        if (given != 1)
        {
            problems.Add(given == 0
                ? "缺少位置：须给出 lat+long、address_string 或 address_id 之一（a location is required）"
                : "位置只能给出一种：lat+long、address_string 或 address_id（exactly one location allowed）");
            return (null, null, null);
        }
        if (lat is null) return (address ?? RequestText.AddressOf(addressId!), null, null);
        if (!double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var y) || y is < -90 or > 90
            || !double.TryParse(lng, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) || x is < -180 or > 180)
        {
            problems.Add("lat 须在 -90 至 90 之间，long 须在 -180 至 180 之间（invalid lat/long）");
            return (null, null, null);
        }
        return (null, y, x);
    }

    // The inbox names its own fields; the caller knows them by their Open311 names.
    private static readonly Dictionary<string, string> InboxFields = new()
    {
        ["text"] = "description", ["address"] = "address_string", ["latitude"] = "lat", ["jurisdiction"] = "jurisdiction_id",
    };

    private static Open311Failure FromInbox(Problem problem)
    {
        var status = problem.Kind switch { ProblemKind.NotFound => 404, ProblemKind.Conflict => 403, _ => 400 };
        var messages = problem.Errors is { Count: > 0 } errors
            ? errors.SelectMany(e => e.Value.Select(m => $"{InboxFields.GetValueOrDefault(e.Key, e.Key)}：{m}")).ToArray()
            : [problem.Message];
        return new Open311Failure(status, messages);
    }
}
