using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>What a resident typed is shown as text on every page that shows it, and never runs.</summary>
[NonParallelizable]
public sealed class SafeTextTests
{
    private const string Hostile = "<script>window.__pwned = 'script'</script><img src=x onerror=\"window.__pwned = 'img'\">兴隆大街占道经营堵路";

    [Test]
    public async Task A_work_order_full_of_markup_shows_as_text_and_nothing_runs()
    {
        using var host = new TestHost();
        var order = await host.Api.PostOk("/api/inbox", Api.WorkOrder("xss-1", Hostile, channel: "resident"), System.Net.HttpStatusCode.Created);
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "wang.fang", [Roles.Dispatcher]);
        var requested = new List<string>();
        browser.Page.Request += (_, r) => requested.Add(new Uri(r.Url).AbsolutePath);

        await browser.GoAsync("/");
        var card = browser.Page.Locator("#work-list li.card", new() { HasText = (string)order["number"]! });
        await Expect(card.Locator(".text")).ToHaveTextAsync(Hostile);
        Assert.That(await card.Locator("script, img").CountAsync(), Is.Zero, "the text became elements");

        await browser.GoAsync($"/work-orders/{order["id"]}");
        await Expect(browser.Page.Locator("#order")).ToContainTextAsync(Hostile);

        Assert.That(await browser.Page.EvaluateAsync<string?>("() => window.__pwned ?? null"), Is.Null, "the resident's markup ran");
        Assert.That(requested, Has.None.EqualTo("/x"), "the <img> was loaded");
        browser.AssertClean();
    }

    [Test]
    public async Task Pages_forbid_inline_script()
    {
        using var host = new TestHost();
        using var response = await host.Anonymous.GetAsync("/public/power-list");
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.That(policy, Does.Contain("script-src 'self'"));
        Assert.That(policy, Does.Not.Contain("unsafe-inline"));
        Assert.That(policy, Does.Contain("object-src 'none'"));
    }
}
