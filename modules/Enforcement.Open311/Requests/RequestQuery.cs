using Enforcement.Open311.Services;
using Enforcement.Open311.Wire;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Messages.Inbox;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using static Enforcement.Open311.Open311Parameters;

namespace Enforcement.Open311.Requests;

/// <summary>
/// <c>GET requests</c> and <c>GET requests/{id}</c>, read from the inbox over the bus. The
/// specification's defaults: without dates the last 90 days; at most 1000 requests, newest first;
/// <c>service_request_id</c> overrides every other filter.
/// </summary>
[ModuleService]
internal sealed class RequestQuery(IMediator mediator, ServiceCatalog catalog, TimeProvider clock, IOptions<JurisdictionOptions> jurisdictions)
{
    public const int MaxResults = 1000;
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    public async Task<(IReadOnlyList<ServiceRequest>? Found, Open311Failure? Failure)> FindAsync(IQueryCollection q, CancellationToken ct)
    {
        var jurisdiction = Jurisdiction(jurisdictions.Value, Value(q["jurisdiction_id"]), out var failure);
        if (jurisdiction is null) return (null, failure);

        var ids = List(q["service_request_id"]);
        if (ids.Count > 0)
        {
            var guids = ids.Select(i => Guid.TryParse(i, out var g) ? g : (Guid?)null).OfType<Guid>().ToList();
            if (guids.Count == 0) return ([], null);
            return (await ShapeAsync(new FindWorkOrders(jurisdiction.Code, Ids: guids, Take: MaxResults), ct), null);
        }

        var problems = new List<string>();
        var start = Date(q, "start_date", endOfDay: false, problems);
        var end = Date(q, "end_date", endOfDay: true, problems);
        var open = Status(List(q["status"]), problems);
        if (problems.Count > 0) return (null, new Open311Failure(400, problems));

        var now = clock.GetUtcNow();
        if (start is null && end is null) start = now - DefaultWindow;
        else if (start is null) start = end - DefaultWindow;
        else end ??= start + DefaultWindow;
        if (start > end) return (null, Open311Failure.BadRequest("start_date 不能晚于 end_date（start_date is after end_date）"));

        var codes = List(q["service_code"]);
        var find = new FindWorkOrders(jurisdiction.Code, ServiceCodes: codes.Count > 0 ? codes : null,
            ReportedFrom: start, ReportedTo: end, Open: open, Take: MaxResults);
        return (await ShapeAsync(find, ct), null);
    }

    public async Task<(ServiceRequest? Found, Open311Failure? Failure)> GetAsync(string id, IQueryCollection q, CancellationToken ct)
    {
        var jurisdiction = Jurisdiction(jurisdictions.Value, Value(q["jurisdiction_id"]), out var failure);
        if (jurisdiction is null) return (null, failure);
        var found = Guid.TryParse(id, out var guid)
            ? (await ShapeAsync(new FindWorkOrders(jurisdiction.Code, Ids: [guid], Take: 1), ct)).FirstOrDefault()
            : null;
        return found is null ? (null, Open311Failure.NotFound($"没有编号为 {id} 的服务请求（service_request_id not found）")) : (found, null);
    }

    private async Task<IReadOnlyList<ServiceRequest>> ShapeAsync(FindWorkOrders find, CancellationToken ct)
    {
        var orders = await mediator.Send(find, ct);
        if (orders.Count == 0) return [];
        var items = (await catalog.AllAsync(find.Jurisdiction, ct)).ToDictionary(p => p.Item.Code);
        return orders.Select(o => RequestShapes.Of(o, items)).ToList();
    }

    private static DateTimeOffset? Date(IQueryCollection q, string name, bool endOfDay, List<string> problems)
    {
        var text = Value(q[name]);
        if (text is null) return null;
        if (W3cDate.TryParse(text, endOfDay, out var value)) return value;
        problems.Add($"{name} 须为带时区的 W3C 日期时间，如 2026-11-27T09:00:00+08:00（invalid {name}: {text}）");
        return null;
    }

    /// <summary>open, closed or both (a comma list); null means no filter.</summary>
    private static bool? Status(IReadOnlyList<string> statuses, List<string> problems)
    {
        foreach (var bad in statuses.Where(s => s is not ("open" or "closed")))
            problems.Add($"status 须为 open 或 closed（invalid status: {bad}）");
        return statuses.Distinct().Count() == 1 ? statuses[0] == "open" : null;
    }
}
