using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>Each role sees and does only what it should: the pages show what the API refuses, politely.</summary>
[NonParallelizable]
public sealed class RefusalTests
{
    [Test]
    public async Task A_liaison_of_another_department_is_refused_a_case_and_sees_only_its_pages()
    {
        using var host = new TestHost();
        var caseId = await Seed.DispatchedCaseAsync(host, "refused-1");   // city management, dispatched
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "chen.jing", [Roles.Liaison], department: "housing");
        browser.Expect(404, $"/api/cases/{caseId}");   // to a liaison, another department's case does not exist

        await browser.GoAsync($"/cases/{caseId}");

        await Expect(browser.Page.Locator("#problem")).ToContainTextAsync("无法查看此案件");
        await Expect(browser.Page.Locator("#actions form")).ToHaveCountAsync(0);
        await Expect(browser.Page.Locator("#facts")).ToBeEmptyAsync();
        var menu = await browser.Page.Locator("#site-header nav a").AllInnerTextsAsync();
        Assert.That(menu, Is.EqualTo(new[] { "统一收件箱", "权力清单", "投诉进度查询" }));
        browser.AssertClean();
    }

    [Test]
    public async Task An_officer_is_not_offered_the_district_page_and_is_refused_its_data()
    {
        using var host = new TestHost();
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "li.qiang", [Roles.Officer]);
        browser.Expect(403, "/api/modules");

        await browser.GoAsync("/");
        var menu = await browser.Page.Locator("#site-header nav a").AllInnerTextsAsync();
        Assert.That(menu, Is.EqualTo(new[] { "统一收件箱", "指挥室", "执法人员", "权力清单", "投诉进度查询" }));

        await browser.GoAsync("/district");
        await Expect(browser.Page.Locator("#delegations")).ToContainTextAsync("无法读取区级配置");
        await Expect(browser.Page.Locator("#delegations")).ToContainTextAsync("无权");
        Assert.That(await browser.Page.Locator("form button[type='submit']").CountAsync(), Is.Zero, "no change form for a role that may not change");
        browser.AssertClean();
    }
}
