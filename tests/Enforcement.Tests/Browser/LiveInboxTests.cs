using System.Net;
using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>The inbox shows a work order the moment it arrives, without reloading the page.</summary>
[NonParallelizable]
public sealed class LiveInboxTests
{
    [Test]
    public async Task A_work_order_that_arrives_appears_in_the_open_inbox()
    {
        using var host = new TestHost();
        var (hotline, _) = await host.ChannelAsync("12345");
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "wang.fang", [Roles.Dispatcher]);
        await browser.GoAsync("/");
        await browser.LiveAsync();
        var loads = 0;
        browser.Page.FrameNavigated += (_, _) => loads++;

        // The 12345 hotline's system delivers the complaint with its channel key.
        var order = await new Api(hotline).PostOk("/api/inbox", Api.WorkOrder("live-1", "兴隆大街18号饭店油烟直排，熏得没法开窗"), HttpStatusCode.Created);

        var card = browser.Page.Locator("#work-list li.card", new() { HasText = (string)order["number"]! });
        await Expect(card).ToBeVisibleAsync();
        await Expect(card).ToContainTextAsync("12345热线");
        Assert.That(loads, Is.Zero, "the page was reloaded instead of updated");
        browser.AssertClean();
    }
}
