using System.Security;
using System.Text.Json;
using Enforcement.Shared.Infrastructure.Web;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Identity.Authentication;

/// <summary>
/// How a refused caller is answered: a Chinese problem document (401/403) for the API, GeoReport's
/// error list under <c>/open311</c>, and a redirect to the sign-in page for a browser asking for a page.
/// The API is never redirected.
/// </summary>
internal static class Refusal
{
    public const string LoginPage = "/login";

    public static Task UnauthenticatedAsync(HttpContext http, string? failure)
    {
        http.Response.Headers.WWWAuthenticate = "Bearer";
        if (IsPageRequest(http.Request))
        {
            var back = Uri.EscapeDataString(http.Request.PathBase + http.Request.Path + http.Request.QueryString);
            http.Response.Redirect($"{LoginPage}?returnUrl={back}");
            return Task.CompletedTask;
        }
        var detail = failure is null
            ? "此操作需要登录：请在请求头携带 Authorization: Bearer <令牌>（由 POST /api/auth/token 取得），或登录网页后使用登录 Cookie；渠道系统请携带接口密钥 X-Api-Key。"
            : $"{failure}，请重新登录或更换密钥。";
        return WriteAsync(http, StatusCodes.Status401Unauthorized, "需要登录", detail);
    }

    public static Task ForbiddenAsync(HttpContext http)
    {
        var who = http.User.Identity?.Name ?? "当前账户";
        return WriteAsync(http, StatusCodes.Status403Forbidden, "无权访问",
            AssignedOfficer.ReasonFor(http) ?? $"账户“{who}”的角色无权执行此操作。");
    }

    public static Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        if (http.Request.Path.StartsWithSegments("/open311")) return WriteGeoReportAsync(http, status, detail);
        return Results.Problem(detail: detail, statusCode: status, title: title).ExecuteAsync(http);
    }

    /// <summary>GeoReport v2 clients expect its own error list, in the format the path asks for.</summary>
    private static async Task WriteGeoReportAsync(HttpContext http, int status, string detail)
    {
        http.Response.StatusCode = status;
        if (http.Request.Path.Value!.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
        {
            http.Response.ContentType = "text/xml; charset=utf-8";
            await http.Response.WriteAsync(
                $"<?xml version=\"1.0\" encoding=\"utf-8\"?><errors><error><code>{status}</code><description>{SecurityElement.Escape(detail)}</description></error></errors>");
            return;
        }
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(JsonSerializer.Serialize(new[] { new { code = status, description = detail } },
            new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>A browser navigating to a page (not the API, not a machine interface).</summary>
    private static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Path.StartsWithSegments("/api") && !request.Path.StartsWithSegments("/open311")
        && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
