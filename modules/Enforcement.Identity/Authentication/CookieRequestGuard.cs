using Enforcement.Shared.Infrastructure.Web;
using Microsoft.AspNetCore.Http;

namespace Enforcement.Identity.Authentication;

/// <summary>
/// Anti-forgery for the sign-in cookie: a state-changing request (anything but GET, HEAD, OPTIONS,
/// TRACE) that is signed in by the cookie must carry the header <c>X-Requested-With</c> (the pages send
/// <c>X-Requested-With: fetch</c>). A form or link on another site cannot add a header, and a script
/// on another origin cannot send one without a CORS pre-flight, which this host never grants. Bearer
/// tokens and API keys are not sent by browsers on their own, so they need no such header.
/// </summary>
internal sealed class CookieRequestGuard(RequestDelegate next)
{
    public const string Header = "X-Requested-With";

    public Task InvokeAsync(HttpContext http)
    {
        var viaCookie = http.User.Identity is { IsAuthenticated: true, AuthenticationType: ActorClaims.Via.Cookie };
        var safe = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
            || HttpMethods.IsOptions(http.Request.Method) || HttpMethods.IsTrace(http.Request.Method);
        if (viaCookie && !safe && string.IsNullOrWhiteSpace(http.Request.Headers[Header]))
            return Refusal.WriteAsync(http, StatusCodes.Status403Forbidden, "请求被拒绝（防跨站请求伪造）",
                $"以登录 Cookie 提交的写操作须带请求头 {Header}（网页发送 {Header}: fetch）。");
        return next(http);
    }
}
