using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Enforcement.Web.Pages;

/// <summary>
/// Clean addresses for the pages, and the pages' scripts, styles and vendored libraries. The files
/// hold no data (every page loads its data from the API, which checks who asks), so they are served
/// to anyone; a page whose caller is not signed in sends them to <c>/login</c>.
/// </summary>
internal static class PageEndpoints
{
    /// <summary>Address → page file. Public pages need no sign-in; their API is public too.</summary>
    public static readonly IReadOnlyDictionary<string, string> Pages = new Dictionary<string, string>
    {
        ["/"] = "pages/inbox.html",
        ["/login"] = "pages/login.html",
        ["/work-orders/{id:guid}"] = "pages/work-order.html",
        ["/cases/{id:guid}"] = "pages/case.html",
        ["/command"] = "pages/command.html",
        ["/district"] = "pages/district.html",
        ["/public/power-list"] = "pages/public/power-list.html",
        ["/public/status"] = "pages/public/status.html",
    };

    public static void Map(IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("").WithTags("页面").ExcludeFromDescription().AllowAnonymous();
        foreach (var (route, file) in Pages)
            pages.MapGet(route, (HttpContext http, WebRoot root) => Serve(http, root, file));
        pages.MapGet("/assets/{**path}", (string path, HttpContext http, WebRoot root) => Serve(http, root, "assets/" + path));
        pages.MapGet("/lib/{**path}", (string path, HttpContext http, WebRoot root) => Serve(http, root, "lib/" + path));
        pages.MapGet("/favicon.ico", (HttpContext http, WebRoot root) => Serve(http, root, "assets/favicon.svg"));
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
