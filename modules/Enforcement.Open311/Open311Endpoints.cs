using Enforcement.Open311.Requests;
using Enforcement.Open311.Services;
using Enforcement.Open311.Wire;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using static Enforcement.Open311.Open311Parameters;

namespace Enforcement.Open311;

/// <summary>
/// GeoReport v2 under <see cref="BasePath"/>. Every failure answers in the specification's error shape
/// (an array of <c>{code, description}</c>, or <c>&lt;errors&gt;</c> in XML) with 400, 403 or 404.
/// </summary>
internal static class Open311Endpoints
{
    public const string BasePath = "/open311/v2";

    public static void Map(IEndpointRouteBuilder app)
    {
        // The GETs are public by GeoReport's design; posting a request takes a channel key or an intake role.
        var v2 = app.MapGroup(BasePath).WithTags("Open311 GeoReport v2");
        v2.MapGet("/services.{format}", Services).AllowAnonymous().WithSummary("服务列表：今日委托街道执法的事项");
        v2.MapGet("/services/{service_code}.{format}", Definition).AllowAnonymous().WithSummary("服务定义：事项表单的属性");
        v2.MapPost("/requests.{format}", Post).RequireAuthorization(Policies.Intake)
            .WithSummary("提交服务请求（application/x-www-form-urlencoded，须带 api_key 或登录），生成居民投诉工单");
        v2.MapGet("/requests.{format}", Find).AllowAnonymous().WithSummary("查询服务请求（默认近 90 天，最多 1000 条）");
        v2.MapGet("/requests/{id}.{format}", Get).AllowAnonymous().WithSummary("单个服务请求");
        // Anything else under the base path (an unknown resource, a wrong method) is a 404 in the spec's shape.
        app.MapFallback(BasePath + "/{**rest}", (HttpRequest r) =>
                Reply.Fail(FormatOf(r.Path), Open311Failure.NotFound($"没有这个资源：{r.Method} {r.Path}（resource not found）")))
            .AllowAnonymous().ExcludeFromDescription();
    }

    private static async Task<IResult> Services(string format, HttpRequest request, ServiceCatalog catalog,
        IOptions<JurisdictionOptions> jurisdictions, CancellationToken ct)
    {
        if (Reply.ParseFormat(format) is not { } f) return UnknownFormat(format);
        var jurisdiction = Jurisdiction(jurisdictions.Value, Value(request.Query["jurisdiction_id"]), out var failure);
        if (jurisdiction is null) return Reply.Fail(f, failure!);
        var services = (await catalog.DelegatedAsync(jurisdiction.Code, ct)).Select(ServiceShapes.Service).ToList();
        return Reply.List(f, services, Service.ListElement, s => s.ToXml());
    }

    private static async Task<IResult> Definition(string service_code, string format, HttpRequest request, ServiceCatalog catalog,
        IOptions<JurisdictionOptions> jurisdictions, CancellationToken ct)
    {
        if (Reply.ParseFormat(format) is not { } f) return UnknownFormat(format);
        var jurisdiction = Jurisdiction(jurisdictions.Value, Value(request.Query["jurisdiction_id"]), out var failure);
        if (jurisdiction is null) return Reply.Fail(f, failure!);
        var item = (await catalog.DelegatedAsync(jurisdiction.Code, ct)).FirstOrDefault(p => p.Item.Code == service_code);
        if (item is null) return Reply.Fail(f, Open311Failure.NotFound($"没有编号为 {service_code} 的服务（service_code not found）"));
        var definition = ServiceShapes.Definition(item);
        return Reply.Ok(f, definition, definition.ToXml);
    }

    private static async Task<IResult> Post(string format, HttpRequest request, RequestSubmission submission, ICurrentActor actor, CancellationToken ct)
    {
        if (Reply.ParseFormat(format) is not { } f) return UnknownFormat(format);
        if (!ChannelGuard.Allows(actor, RequestSubmission.Channel))
            return Reply.Fail(f, Open311Failure.Forbidden($"此接口密钥属于渠道“{actor.Channel}”，不能提交居民投诉（resident）工单（api_key not valid for this channel）"));
        if (!request.HasFormContentType)
            return Reply.Fail(f, Open311Failure.BadRequest("请以 application/x-www-form-urlencoded 提交（form-urlencoded body required）"));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Reply.Fail(f, Open311Failure.BadRequest($"表单无法解析（malformed form body）：{ex.Message}"));
        }
        var (created, failure) = await submission.SubmitAsync(form, ct);
        if (created is null) return Reply.Fail(f, failure!);
        request.HttpContext.Response.Headers.Location = $"{BasePath}/requests/{created.ServiceRequestId}.{format}";
        IReadOnlyList<RequestCreated> answer = [created];
        return Reply.Ok(f, answer, () => new System.Xml.Linq.XElement(ServiceRequest.ListElement, created.ToXml()), StatusCodes.Status201Created);
    }

    private static async Task<IResult> Find(string format, HttpRequest request, RequestQuery query, CancellationToken ct)
    {
        if (Reply.ParseFormat(format) is not { } f) return UnknownFormat(format);
        var (found, failure) = await query.FindAsync(request.Query, ct);
        return found is null ? Reply.Fail(f, failure!) : Reply.List(f, found, ServiceRequest.ListElement, r => r.ToXml());
    }

    private static async Task<IResult> Get(string id, string format, HttpRequest request, RequestQuery query, CancellationToken ct)
    {
        if (Reply.ParseFormat(format) is not { } f) return UnknownFormat(format);
        var (found, failure) = await query.GetAsync(id, request.Query, ct);
        return found is null ? Reply.Fail(f, failure!) : Reply.List(f, [found], ServiceRequest.ListElement, r => r.ToXml());
    }

    private static IResult UnknownFormat(string format) =>
        Reply.Fail(WireFormat.Json, Open311Failure.NotFound($"不支持的格式 .{format}：请用 .json 或 .xml（format must be json or xml）"));

    private static WireFormat FormatOf(PathString path) =>
        path.Value?.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) == true ? WireFormat.Xml : WireFormat.Json;
}
