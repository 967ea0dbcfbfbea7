using Microsoft.AspNetCore.Http;

namespace Enforcement.Identity.Authentication;

/// <summary>
/// The sign-in cookie of the web pages: the session token itself, HttpOnly (no script reads it) and
/// SameSite=Strict (no other site's page sends it). A session cookie: the browser forgets it when
/// closed, and the server ends it after <c>TokenLifetime</c> or at sign-out.
/// </summary>
internal static class SessionCookie
{
    public const string Name = "enforcement_session";

    public static void Set(HttpContext http, string token) =>
        http.Response.Cookies.Append(Name, token, Options(http));

    public static void Clear(HttpContext http) => http.Response.Cookies.Delete(Name, Options(http));

    private static CookieOptions Options(HttpContext http) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = "/",
        IsEssential = true,
    };
}
