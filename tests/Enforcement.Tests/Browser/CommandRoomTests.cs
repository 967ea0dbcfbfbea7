using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Enforcement.Tests.Workforce;
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

    [Test]
    public async Task The_commander_checks_an_officer_on_duty_and_the_officer_confirms_it()
    {
        using var host = new TestHost();
        await Roster.Register(host, "NY-007", "李强", username: "li.qiang");
        await Roster.Certify(host, "NY-007", "32010007", ["city-management"]);
        await Roster.Acknowledge(host, "NY-007");
        await Roster.OnDuty(host, "NY-007");
        await Roster.Qualified(host, "NY-008", "周明", "32010008");
        var caseId = await Seed.CaseAsync(host, "duty-1");
        await host.Api.PostOk($"/api/cases/{caseId}/dispatch", new { officers = new[] { "NY-007", "NY-008" } });
        var number = (string)(await host.Api.GetOk($"/api/cases/{caseId}"))["number"]!;
        await host.UserAsync("li.qiang", [Roles.Officer], badge: "NY-007");

        // The commander sees who is on duty and on which case, and checks on 李强.
        await using (var commander = await BrowserSession.OpenAsync(host))
        {
            await commander.SignInAsAsync(host, "zhao.lei", [Roles.Commander]);
            await commander.GoAsync("/command");
            var row = commander.Page.Locator("#officers tr", new() { HasText = "NY-007" });
            await Expect(row).ToContainTextAsync("李强");
            await Expect(row).ToContainTextAsync(number);
            await commander.Page.GetByLabel("抽查对象").SelectOptionAsync("NY-007");
            await commander.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "立即抽查" }).ClickAsync();
            await Expect(commander.Page.Locator("#checks li.card", new() { HasText = "NY-007" })).ToContainTextAsync("待确认");
            Assert.That(await commander.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "确认本人在岗" }).CountAsync(), Is.Zero,
                "only the officer checked may confirm");
            commander.AssertClean();
        }

        // 李强 confirms his own check.
        await using var officer = await BrowserSession.OpenAsync(host, Viewports.Phone);
        await officer.SignInAsync("li.qiang", TestHost.UserPassword("li.qiang"));
        await officer.GoAsync("/command");
        var check = officer.Page.Locator("#checks li.card", new() { HasText = "NY-007" });
        await check.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "确认本人在岗" }).ClickAsync();
        await Expect(officer.Page.Locator("#checks li.card", new() { HasText = "NY-007" })).ToContainTextAsync("已按时确认在岗");
        officer.AssertClean();
    }
}
