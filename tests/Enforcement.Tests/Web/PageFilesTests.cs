using System.Net;
using Enforcement.Tests.Support;
using Enforcement.Web.Pages;

namespace Enforcement.Tests.Web;

/// <summary>The pages' files are served from the copied wwwroot and nothing outside it.</summary>
[NonParallelizable]
public sealed class PageFilesTests
{
    [Test]
    public void A_path_that_leaves_the_page_folder_finds_nothing()
    {
        var root = WebRoot.Beside(AppContext.BaseDirectory);

        Assert.That(root.Find("assets/css/site.css"), Is.Not.Null);
        Assert.That(root.Find("../appsettings.json"), Is.Null);
        Assert.That(root.Find("/etc/passwd"), Is.Null);
        Assert.That(File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")), Is.True, "the file the first probe aims at exists");
    }

    [Test]
    public async Task Pages_and_scripts_carry_the_content_security_policy_and_their_type()
    {
        using var host = new TestHost();
        using var page = await host.Anonymous.GetAsync("/login");
        using var script = await host.Anonymous.GetAsync("/assets/js/pages/login.js");
        using var escape = await host.Anonymous.GetAsync("/assets/..%2F..%2Fappsettings.json");

        Assert.Multiple(() =>
        {
            Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(page.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/html"));
            Assert.That(page.Headers.GetValues("Content-Security-Policy").Single(), Is.EqualTo(SecurityHeaders.ContentSecurityPolicy));
            Assert.That(page.Headers.GetValues("X-Content-Type-Options").Single(), Is.EqualTo("nosniff"));
            Assert.That(script.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/javascript"));
            Assert.That(escape.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        });
    }
}
