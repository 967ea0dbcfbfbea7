using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>The command room watches every open case on its clocks and raises the alarm when one runs out.</summary>
[NonParallelizable]
public sealed class CommandRoomTests
{
    [Test]
    public async Task A_clock_that_runs_out_raises_an_alert_on_the_open_board()
    {
        using var host = new TestHost();
        var caseId = await Seed.DispatchedCaseAsync(host, "command-1");
        var number = (string)(await host.Api.GetOk($"/api/cases/{caseId}"))["number"]!;
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "zhao.lei", [Roles.Commander]);
        await browser.GoAsync("/command");
        await browser.LiveAsync();
        var onBoard = browser.Page.Locator($"#board li.card[data-id='{caseId}']");
        await Expect(onBoard).ToContainTextAsync("到场时限");
        await Expect(browser.Page.Locator("#alerts")).ToBeEmptyAsync();

        host.Advance(TimeSpan.FromMinutes(31));
        await host.RunClockSweepAsync();

        await Expect(browser.Page.Locator("#alerts")).ToContainTextAsync($"案件 {number}");
        await Expect(browser.Page.Locator("#alerts")).ToContainTextAsync("到场时限已超时");
        await Expect(onBoard).ToContainTextAsync("已超时");
        browser.AssertClean();
    }
}
