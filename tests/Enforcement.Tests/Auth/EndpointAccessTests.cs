using System.Net;
using System.Text;
using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Tests.Auth;

/// <summary>
/// Every endpoint the host maps, enumerated from its endpoint data source: the public ones answer a
/// caller without credentials, every other one answers 401 — so a new endpoint is closed unless
/// someone opens it on purpose and adds it here.
/// </summary>
[NonParallelizable]
public sealed class EndpointAccessTests
{
    /// <summary>"METHOD route pattern" of every endpoint open without sign-in.</summary>
    private static readonly string[] Public =
    [
        "GET /health",
        "GET /openapi/{documentName}.json",
        "GET /api/power-list",
        "GET /api/public/complaints/{number}",
        "GET /open311/v2/services.{format}",
        "GET /open311/v2/services/{service_code}.{format}",
        "GET /open311/v2/requests.{format}",
        "GET /open311/v2/requests/{id}.{format}",
        "GET /open311/v2/{**rest}",
        "POST /api/auth/token",
        "POST /api/auth/login",
        "POST /api/auth/logout",
        // The web workplace: the sign-in page, the residents' pages, the pages' files and the header's menu.
        "GET /login",
        "GET /public/power-list",
        "GET /public/status",
        "GET /assets/{**path}",
        "GET /lib/{**path}",
        "GET /favicon.ico",
        "GET /api/workplace/menu",
    ];

    private TestHost _host = null!;

    [OneTimeSetUp]
    public void StartHost() => _host = new TestHost();

    [OneTimeTearDown]
    public void StopHost() => _host.Dispose();

    private static IEnumerable<(string Method, RouteEndpoint Endpoint)> Endpoints(TestHost host) =>
        host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e)));

    [Test]
    public async Task Every_endpoint_that_is_not_public_answers_401_to_a_caller_without_credentials()
    {
        _ = _host.Http;
        var endpoints = Endpoints(_host).ToList();
        Assert.That(endpoints, Has.Count.GreaterThan(40), "the endpoint data source lists the host's endpoints");

        var wrong = new List<string>();
        foreach (var (method, endpoint) in endpoints)
        {
            var key = $"{method} {endpoint.RoutePattern.RawText}";
            using var request = new HttpRequestMessage(new HttpMethod(method), Path(endpoint.RoutePattern));
            if (method is "POST" or "PUT" or "PATCH") request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
            using var response = await _host.Anonymous.SendAsync(request);
            var isPublic = Public.Contains(key);
            // A sign-in challenge, as opposed to e.g. the token endpoint refusing a wrong password.
            var challenged = response.StatusCode == HttpStatusCode.Unauthorized && response.Headers.WwwAuthenticate.Count > 0;
            if (isPublic == challenged)
                wrong.Add($"{key} → {(int)response.StatusCode}{(isPublic ? " (public, must not ask for sign-in)" : " (must be 401)")}");
        }
        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Every_public_endpoint_in_the_list_exists()
    {
        _ = _host.Http;
        var mapped = Endpoints(_host).Select(x => $"{x.Method} {x.Endpoint.RoutePattern.RawText}").ToHashSet();
        Assert.That(Public.Where(p => !mapped.Contains(p)), Is.Empty, "a public endpoint was renamed or removed: update the list");
    }

    [Test]
    public async Task Every_policy_the_modules_name_is_registered()
    {
        var provider = _host.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var names = typeof(Policies).GetFields().Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.That(names, Has.Count.EqualTo(10));
        foreach (var name in names)
            Assert.That(await provider.GetPolicyAsync(name), Is.Not.Null, $"policy {name}");
    }

    [Test]
    public async Task A_refused_API_call_is_a_Chinese_problem_document_never_a_redirect()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/cases");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await _host.Anonymous.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(body, Does.Contain("需要登录"));
            Assert.That(response.Headers.WwwAuthenticate.ToString(), Does.Contain("Bearer"));
        });
    }

    [Test]
    public async Task A_browser_asking_for_a_page_without_sign_in_is_sent_to_the_sign_in_page()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/inbox.html?filter=overdue");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
            Assert.That(response.Headers.Location!.ToString(), Is.EqualTo("/login?returnUrl=%2Finbox.html%3Ffilter%3Doverdue"));
        });
    }

    [TestCase("/public/status")]
    [TestCase("/public/power-list")]
    [TestCase("/login")]
    [TestCase("/assets/css/site.css")]
    [TestCase("/assets/js/pages/login.js")]
    [TestCase("/lib/signalr/signalr.min.js")]
    public async Task The_pages_public_files_need_no_sign_in(string path)
    {
        using var response = await _host.Anonymous.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
    }

    [TestCase("/")]
    [TestCase("/command")]
    [TestCase("/roster")]
    [TestCase("/district")]
    public async Task A_staff_page_sends_a_browser_without_a_session_to_sign_in(string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await client.SendAsync(request);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(response.Headers.Location!.ToString(), Is.EqualTo($"/login?returnUrl={Uri.EscapeDataString(path)}"));
    }

    [TestCase("/inbox.html")]
    [TestCase("/cases/index.html")]
    [TestCase("/api/no-such-thing")]
    public async Task Any_other_path_needs_sign_in(string path)
    {
        using var response = await _host.Anonymous.GetAsync(path);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task The_Hangfire_dashboard_is_for_the_administrator_only()
    {
        var dispatcher = await _host.UserAsync("hangfire-dispatcher", [Roles.Dispatcher]);
        using var anonymous = await _host.Anonymous.GetAsync("/hangfire");
        using var refused = await dispatcher.GetAsync("/hangfire");
        using var admin = await _host.Http.GetAsync("/hangfire");
        Assert.Multiple(() =>
        {
            Assert.That(anonymous.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(refused.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(admin.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });
    }

    /// <summary>A concrete path for a route pattern: a fresh GUID for ids, json for formats, a placeholder otherwise.</summary>
    private static string Path(RoutePattern pattern)
    {
        var path = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            path.Append('/');
            foreach (var part in segment.Parts)
                path.Append(part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart p when p.Name == "format" => "json",
                    RoutePatternParameterPart p when p.Name == "documentName" => "v1",
                    RoutePatternParameterPart p when p.Name == "number" => "GD20261127-00000000",
                    RoutePatternParameterPart p when p.ParameterPolicies.Any(x => x.Content == "guid") || p.Name == "id" => Guid.NewGuid().ToString(),
                    _ => "x",
                });
        }
        return path.Length == 0 ? "/" : path.ToString();
    }
}
