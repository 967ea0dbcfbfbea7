using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Enforcement.Web.Pages;

/// <summary>
/// Clean addresses for the pages, and the pages' scripts, styles and vendored libraries. The files hold
/// no data: every page loads its data from the API, which checks who asks.
/// </summary>
internal static class PageEndpoints
{
    /// <summary>Address → page file of the pages for signed-in staff; a browser without a session is sent to sign in.</summary>
    public static readonly IReadOnlyDictionary<string, string> StaffPages = new Dictionary<string, string>
    {
        ["/"] = "pages/inbox.html",
        ["/work-orders/{id:guid}"] = "pages/work-order.html",
        ["/cases/{id:guid}"] = "pages/case.html",
        ["/command"] = "pages/command.html",
        ["/roster"] = "pages/roster.html",
        ["/district"] = "pages/district.html",
        ["/admin/accounts"] = "pages/accounts.html",
    };

    /// <summary>Pages anyone may open: signing in, and the residents' pages (their API is public too).</summary>
    public static readonly IReadOnlyDictionary<string, string> PublicPages = new Dictionary<string, string>
    {
        ["/login"] = "pages/login.html",
        ["/public/power-list"] = "pages/public/power-list.html",
        ["/public/status"] = "pages/public/status.html",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").WithTags("页面").ExcludeFromDescription();
        // Staff pages need a signed-in caller (the host's fallback policy); what each role may see on
        // them is decided by the API they call.
        foreach (var (route, file) in StaffPages)
            pages.MapGet(route, (HttpContext http, WebRoot root) => Serve(http, root, file));

        var open = app.MapGroup("").WithTags("页面").ExcludeFromDescription().AllowAnonymous();
        foreach (var (route, file) in PublicPages)
            open.MapGet(route, (HttpContext http, WebRoot root) => Serve(http, root, file));
        // Scripts, styles and the vendored libraries hold no data; the sign-in page needs them.
        open.MapGet("/assets/{**path}", (string path, HttpContext http, WebRoot root) => Serve(http, root, "assets/" + path));
        open.MapGet("/lib/{**path}", (string path, HttpContext http, WebRoot root) => Serve(http, root, "lib/" + path));
        open.MapGet("/favicon.ico", (HttpContext http, WebRoot root) => Serve(http, root, "assets/favicon.svg"));
    }

    private static IResult Serve(HttpContext http, WebRoot root, string relative)
    {
        var file = root.Find(relative);
        if (file is null) return Results.Problem(detail: $"页面或文件 {http.Request.Path} 不存在", statusCode: 404, title: "未找到");
        SecurityHeaders.Apply(http.Response);
        // Revalidate every time: a restarted host may carry new pages, and the ETag makes it cheap.
        http.Response.Headers.CacheControl = "no-cache";
        var tag = new EntityTagHeaderValue($"\"{file.LastModified.UtcTicks:x}-{file.Length:x}\"");
        return Results.File(file.PhysicalPath!, WebRoot.ContentType(file.Name), lastModified: file.LastModified, entityTag: tag);
    }
}
