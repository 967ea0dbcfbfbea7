using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Microsoft.Playwright;

namespace Enforcement.Tests.Browser;

/// <summary>
/// Every main page at the brigade's desktop size and at a phone's width: a screenshot for people to
/// look at, no horizontal scrolling, a label on every field, and nothing going wrong in the browser.
/// </summary>
[NonParallelizable]
public sealed class ScreensTests
{
    private static IEnumerable<TestCaseData> Sizes() =>
    [
        new TestCaseData(Viewports.Desktop).SetArgDisplayNames("1366x768"),
        new TestCaseData(Viewports.Phone).SetArgDisplayNames("375"),
    ];

    [TestCaseSource(nameof(Sizes))]
    public async Task Every_main_page_fits_the_screen_and_labels_its_fields(ViewportSize size)
    {
        using var host = new TestHost();
        var caseId = await Seed.DispatchedCaseAsync(host, "screens-case");
        var (orderId, _) = await Seed.WorkOrderAsync(host, "screens-order", "小区门口饭店油烟直排，窗户上全是油污");
        await using var browser = await BrowserSession.OpenAsync(host, size);
        await browser.SignInAsAsync(host, "zhao.lei", [Roles.Commander, Roles.Dispatcher, Roles.DistrictAdmin]);

        foreach (var (name, path) in new[]
        {
            ("inbox", "/"), ("work-order", $"/work-orders/{orderId}"), ("case", $"/cases/{caseId}"), ("command", "/command"),
            ("roster", "/roster"), ("district", "/district"), ("login", "/login"), ("power-list", "/public/power-list"), ("status", "/public/status"),
        })
        {
            await browser.GoAsync(path);
            if (name == "roster")
            {
                // One officer opened, so the picture shows the details and the commander's forms.
                await browser.Page.Locator("#roster-table tbody button").First.ClickAsync();
                await browser.Page.Locator("#manage").WaitForAsync();
            }
            await PageChecks.ShowAsync(browser, name);
        }
        browser.AssertClean();
    }

    [Test]
    public async Task The_pages_can_be_used_with_the_keyboard()
    {
        using var host = new TestHost();
        await Seed.WorkOrderAsync(host, "keys-1");
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "wang.fang", [Roles.Dispatcher]);
        await browser.GoAsync("/");
        var page = browser.Page;

        await page.Keyboard.PressAsync("Tab");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.textContent"), Is.EqualTo("跳到正文"));
        await page.Keyboard.PressAsync("Enter");
        Assert.That(await page.EvaluateAsync<string>("() => document.activeElement.id"), Is.EqualTo("main"));

        // Every stop on the way through the page is a real control and shows that it has the focus;
        // the work order's link is among them.
        var stops = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focus = await page.EvaluateAsync<string[]>(
                "() => [document.activeElement.tagName, getComputedStyle(document.activeElement).outlineStyle, document.activeElement.textContent]");
            if (focus[0] == "BODY") break;   // tabbed past the last control
            Assert.That(focus[0], Is.AnyOf("A", "BUTTON", "INPUT", "SELECT", "SUMMARY", "TEXTAREA"), $"tab stop {i + 1}");
            Assert.That(focus[1], Is.Not.EqualTo("none"), $"tab stop {i + 1} ({focus[0]}) shows no focus");
            stops.Add(focus[2]);
        }
        Assert.That(stops, Has.Some.StartsWith("GD"), "the work order cannot be reached with the keyboard");
        browser.AssertClean();
    }
}
