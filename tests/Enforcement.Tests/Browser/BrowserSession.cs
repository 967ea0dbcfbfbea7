using System.Text.RegularExpressions;
using Enforcement.Tests.Support;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Enforcement.Tests.Browser;

/// <summary>
/// One browser context against the real host, watching everything that goes wrong in it: a console
/// error, an uncaught page error, a server error, or a refusal the test did not expect. A 404 from an
/// address the host does not map at all is a feature absent from this build (a page must then say so
/// politely), and is only noted; from a mapped address it counts like any other refusal.
/// </summary>
internal sealed partial class BrowserSession : IAsyncDisposable
{
    private readonly List<string> _problems = [];
    private readonly List<(int Status, Regex Path)> _expected = [];
    private readonly IReadOnlyList<Regex> _routes;

    public IBrowserContext Context { get; }
    public IPage Page { get; }
    public ViewportSize Viewport { get; }
    public string BaseUrl { get; }

    private BrowserSession(IBrowserContext context, IPage page, ViewportSize viewport, string baseUrl, IReadOnlyList<Regex> routes)
    {
        Context = context;
        Page = page;
        Viewport = viewport;
        BaseUrl = baseUrl;
        _routes = routes;
        page.Console += (_, message) =>
        {
            // Failed loads are judged by their status below, where expected refusals are known.
            if (message.Type == "error" && !message.Text.StartsWith("Failed to load resource", StringComparison.Ordinal))
                Problem($"console error: {message.Text}");
        };
        page.PageError += (_, error) => Problem($"page error: {error}");
        page.Response += (_, response) => Judge(response.Status, response.Url);
    }

    public static async Task<BrowserSession> OpenAsync(TestHost host, ViewportSize? viewport = null)
    {
        var baseUrl = host.Http.BaseAddress!.ToString().TrimEnd('/');
        var size = viewport ?? Viewports.Desktop;
        var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl, ViewportSize = size, Locale = "zh-CN", TimezoneId = "Asia/Shanghai",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(20_000);
        return new BrowserSession(context, page, size, baseUrl, MappedRoutes(host));
    }

    /// <summary>Signs the browser in as the host does for the pages (the session cookie), without the sign-in page.</summary>
    public async Task SignInAsync(string username, string password)
    {
        var response = await Context.APIRequest.PostAsync("/api/auth/login", new APIRequestContextOptions
        {
            DataObject = new { username, password },
        });
        Assert.That(response.Status, Is.EqualTo(200), $"sign-in of {username}: {await response.TextAsync()}");
    }

    /// <summary>Creates a user with these roles (as the administrator) and signs the browser in as that user.</summary>
    public async Task SignInAsAsync(TestHost host, string username, string[] roles, string? department = null, string? badge = null)
    {
        await host.UserAsync(username, roles, department, badge);
        await SignInAsync(username, TestHost.UserPassword(username));
    }

    /// <summary>A refusal this test provokes on purpose, e.g. (403, "/api/cases/").</summary>
    public void Expect(int status, string pathPrefix) =>
        _expected.Add((status, new Regex("^" + Regex.Escape(pathPrefix))));

    /// <summary>Opens a page and waits until its script has loaded its data (<c>body[data-ready]</c>).</summary>
    public async Task GoAsync(string path)
    {
        await Page.GotoAsync(path);
        await Page.Locator("body[data-ready]").WaitForAsync();
    }

    /// <summary>Waits until the page's live connection is up, so a change made now reaches it.</summary>
    public Task LiveAsync() => Page.Locator("body[data-live='connected']").WaitForAsync();

    public void AssertClean() =>
        Assert.That(_problems, Is.Empty, "the browser saw problems:\n" + string.Join("\n", _problems));

    public async ValueTask DisposeAsync() => await Context.CloseAsync();

    private void Judge(int status, string url)
    {
        if (status < 400 || !url.StartsWith(BaseUrl, StringComparison.Ordinal)) return;
        var path = new Uri(url).AbsolutePath;
        if (status >= 500) Problem($"server error {status}: {url}");
        else if (_expected.Any(e => e.Status == status && e.Path.IsMatch(path))) return;
        else if (status == 404 && !_routes.Any(r => r.IsMatch(path)))
            TestContext.Out.WriteLine($"not in this build (page degrades): {path}");
        else Problem($"unexpected {status}: {url}");
    }

    private void Problem(string text)
    {
        lock (_problems) _problems.Add(text);
    }

    private static IReadOnlyList<Regex> MappedRoutes(TestHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => e.RoutePattern.RawText)
            .Where(raw => raw is not null)
            .Select(raw =>
            {
                var marked = Parameter().Replace(CatchAll().Replace(raw!.TrimStart('/'), "\u0001"), "\u0002");
                return new Regex("^/" + Regex.Escape(marked).Replace("\u0001", ".*").Replace("\u0002", "[^/]+") + "/?$");
            })
            .ToList();

    [GeneratedRegex(@"\{\*\*[^}]+\}")]
    private static partial Regex CatchAll();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
