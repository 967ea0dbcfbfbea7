using Enforcement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>Residents use the power list and the status lookup without signing in.</summary>
[NonParallelizable]
public sealed class PublicPagesTests
{
    [Test]
    public async Task The_power_list_opens_without_sign_in_and_filters_by_department()
    {
        using var host = new TestHost();
        await using var browser = await BrowserSession.OpenAsync(host);

        await browser.GoAsync("/public/power-list");

        Assert.That(new Uri(browser.Page.Url).AbsolutePath, Is.EqualTo("/public/power-list"), "no detour to the sign-in page");
        var summary = await browser.Page.Locator("#summary").InnerTextAsync();
        Assert.That(summary, Does.StartWith("共 214 项"));
        await browser.Page.GetByLabel("部门").SelectOptionAsync(new SelectOptionValue { Label = "城市管理局" });
        var cards = browser.Page.Locator("#items li.card");
        Assert.That(await cards.CountAsync(), Is.GreaterThan(0));
        foreach (var text in await cards.AllInnerTextsAsync()) Assert.That(text, Does.Contain("城市管理局"));
        browser.AssertClean();
    }

    [Test]
    public async Task The_status_lookup_opens_without_sign_in_and_shows_where_a_complaint_stands_without_personal_data()
    {
        using var host = new TestHost();
        var caseId = await Seed.DispatchedCaseAsync(host, "status-1");
        var number = (string)(await host.Api.GetOk($"/api/cases/{caseId}"))["workOrderNumber"]!;
        await using var browser = await BrowserSession.OpenAsync(host);
        browser.Expect(404, "/api/public/complaints/");

        await browser.GoAsync("/public/status");
        await browser.Page.GetByLabel("投诉编号").FillAsync(number);
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();

        var answer = browser.Page.Locator("#answer");
        await Expect(answer).ToContainTextAsync($"工单 {number}");
        await Expect(answer).ToContainTextAsync("派遣执法人员");
        Assert.That(await answer.InnerTextAsync(), Does.Not.Contain(Seed.StreetStall).And.Not.Contain("兴隆大街18号"),
            "the complaint's words or address were shown to the public");

        await browser.Page.GetByLabel("投诉编号").FillAsync("GD20000101-NOSUCH1");
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Expect(answer).ToContainTextAsync("没有找到编号为 GD20000101-NOSUCH1 的投诉");
        Assert.That(new Uri(browser.Page.Url).AbsolutePath, Is.EqualTo("/public/status"), "no detour to the sign-in page");
        browser.AssertClean();
    }
}
