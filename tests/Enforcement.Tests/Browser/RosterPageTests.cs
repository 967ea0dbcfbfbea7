using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Enforcement.Tests.Workforce;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>The commander keeps the roster on its page; everyone else who reads the roster only reads it.</summary>
[NonParallelizable]
public sealed class RosterPageTests
{
    [Test]
    public async Task The_commander_enters_an_officer_who_can_then_be_dispatched()
    {
        using var host = new TestHost();
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "zhao.lei", [Roles.Commander]);
        browser.Expect(409, "/api/officers");    // the duplicate badge, on purpose
        browser.Expect(422, "/api/officers/");   // the certificate valid until before it was issued, on purpose
        await browser.GoAsync("/roster");
        var page = browser.Page;
        await Expect(page.Locator("#roster")).ToContainTextAsync("名册中还没有执法人员");

        // Register 陈刚.
        var register = page.Locator("#register form");
        await register.GetByLabel("编号").FillAsync("ny-101");
        await register.GetByLabel("姓名").FillAsync("陈刚");
        await register.GetByLabel("职务").SelectOptionAsync("shift-lead");
        await register.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("已登记 陈刚（NY-101）");
        var row = page.Locator("#roster-table tbody tr", new() { HasText = "NY-101" });
        await Expect(row).ToContainTextAsync("综合行政执法大队");
        await Expect(row).ToContainTextAsync("带班");
        await Expect(row).ToContainTextAsync("无执法证");
        await Expect(row).ToContainTextAsync("未确认");
        await Expect(page.Locator("#selected-officer")).ToHaveTextAsync("陈刚（NY-101）");

        // A certificate whose validity ends before it was issued: the API's message beside the field.
        var certificate = page.Locator("#manage form", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "登记执法证" }) });
        await certificate.GetByLabel("执法证号").FillAsync("32010101");
        await certificate.GetByLabel("城市管理局", new() { Exact = true }).CheckAsync();
        await certificate.GetByLabel("发证日期").FillAsync("2024-07-01");
        await certificate.GetByLabel("有效期至").FillAsync("2020-06-30");
        await certificate.GetByLabel("发证机关").FillAsync("南京市建邺区人民政府");
        await certificate.GetByRole(AriaRole.Button, new() { Name = "登记执法证" }).ClickAsync();
        await Expect(certificate.Locator(".field-error:visible")).ToHaveTextAsync("有效期截止日不能早于发证日期");
        await Expect(certificate).ToContainTextAsync("执法证信息不完整或有误");

        await certificate.GetByLabel("有效期至").FillAsync("2029-06-30");
        await certificate.GetByRole(AriaRole.Button, new() { Name = "登记执法证" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("已为 陈刚（NY-101）登记执法证");
        await Expect(row).ToContainTextAsync("32010101（城市管理局），有效期至 2029-06-30 有效");
        await Expect(page.Locator("#detail tr[data-number='32010101']")).ToContainTextAsync("南京市建邺区人民政府");

        // The ten prohibitions, read out from the configured text, acknowledged.
        var acknowledge = page.Locator("#manage form", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "确认“十不准”" }) });
        await Expect(acknowledge.Locator("ol li")).ToHaveCountAsync(10);
        await acknowledge.GetByRole(AriaRole.Button, new() { Name = "记录已阅读并确认现行“十不准”" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("已记录 陈刚（NY-101）确认现行“十不准”");
        await Expect(row).ToContainTextAsync("已确认");

        // The same badge again is refused, with the API's words.
        await register.GetByLabel("编号").FillAsync("NY-101");
        await register.GetByLabel("姓名").FillAsync("陈刚");
        await register.GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        await Expect(register).ToContainTextAsync("编号 NY-101 已在执法人员名册中");
        browser.AssertClean();

        // What the page entered is the roster the procedure asks: 陈刚 can be dispatched with another qualified officer.
        await Roster.Qualified(host, "NY-102", "周明", "32010102");
        var caseId = await Seed.CaseAsync(host, "roster-page-1");
        await host.Api.PostOk($"/api/cases/{caseId}/dispatch", new { officers = new[] { "NY-101", "NY-102" } });
        var dispatched = await host.Api.GetOk($"/api/cases/{caseId}");
        Assert.That(dispatched.ToJsonString(), Does.Contain("NY-101"));
    }

    [Test]
    public async Task A_dispatcher_reads_the_roster_but_is_offered_no_forms()
    {
        using var host = new TestHost();
        await Roster.Qualified(host, "NY-201", "刘洋", "32010201");
        await using var browser = await BrowserSession.OpenAsync(host, Viewports.Phone);
        await browser.SignInAsAsync(host, "wang.fang", [Roles.Dispatcher]);
        await browser.GoAsync("/roster");
        var page = browser.Page;
        Assert.That(await page.Locator("#site-header nav a").AllInnerTextsAsync(), Does.Contain("执法人员"));

        var row = page.Locator("#roster-table tbody tr", new() { HasText = "NY-201" });
        await Expect(row).ToContainTextAsync("刘洋");
        await Expect(row).ToContainTextAsync("已确认");
        await row.GetByRole(AriaRole.Button, new() { Name = "查看 NY-201" }).ClickAsync();
        await Expect(page.Locator("#detail")).ToContainTextAsync("32010201");
        await Expect(page.Locator("#register-panel")).ToBeHiddenAsync();
        Assert.That(await page.Locator("form").CountAsync(), Is.Zero, "no roster forms for a role that may not keep the roster");
        browser.AssertClean();
    }
    [Test]
    public async Task The_commander_sets_duty_records_an_interest_revokes_a_certificate_and_deactivates()
    {
        using var host = new TestHost();
        await Roster.Qualified(host, "NY-301", "孙伟", "32010301");
        await using var browser = await BrowserSession.OpenAsync(host, Viewports.Phone);
        await browser.SignInAsAsync(host, "zhao.lei", [Roles.Commander]);
        browser.Expect(422, "/api/officers/");   // the interest without a party or case, on purpose
        await browser.GoAsync("/roster");
        var page = browser.Page;
        await page.GetByRole(AriaRole.Button, new() { Name = "查看 NY-301" }).ClickAsync();
        ILocator Form(string title) => page.Locator("#manage form", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = title }) });
        var row = page.Locator("#roster-table tbody tr", new() { HasText = "NY-301" });

        await Form("调整在岗状态").GetByLabel("在岗状态").SelectOptionAsync("on-duty");
        await Form("调整在岗状态").GetByRole(AriaRole.Button, new() { Name = "保存在岗状态" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("孙伟（NY-301）现为“在岗”");
        await Expect(row).ToContainTextAsync("在岗");

        await Form("登记回避事由").GetByLabel("回避事由").FillAsync("当事人系其配偶");
        await Form("登记回避事由").GetByRole(AriaRole.Button, new() { Name = "登记回避事由" }).ClickAsync();
        await Expect(Form("登记回避事由")).ToContainTextAsync("须注明当事人名称（party）或案件（caseId），至少一项");
        await Form("登记回避事由").GetByLabel("当事人名称").FillAsync("南京某某餐饮有限公司");
        await Form("登记回避事由").GetByRole(AriaRole.Button, new() { Name = "登记回避事由" }).ClickAsync();
        await Expect(page.Locator("#detail")).ToContainTextAsync("当事人：南京某某餐饮有限公司");

        await Form("吊销执法证").GetByLabel("执法证").SelectOptionAsync("32010301");
        await Form("吊销执法证").GetByLabel("吊销理由").FillAsync("执法证遗失");
        await Form("吊销执法证").GetByRole(AriaRole.Button, new() { Name = "吊销" }).ClickAsync();
        await Expect(page.Locator("#detail tr[data-number='32010301']")).ToContainTextAsync("已吊销");
        await Expect(row).ToContainTextAsync("已吊销");

        await Form("停用").GetByLabel("停用理由").FillAsync("调离大队");
        await Form("停用").GetByRole(AriaRole.Button, new() { Name = "停用该人员" }).ClickAsync();
        await Expect(row).ToContainTextAsync("已停用");
        await Expect(page.Locator("#detail")).ToContainTextAsync("调离大队");
        Assert.That(await page.Locator("#manage").CountAsync(), Is.Zero, "an inactive officer's entry is not changed any more");
        browser.AssertClean();
    }
}
