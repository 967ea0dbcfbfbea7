using System.Net;
using System.Text.Json.Nodes;
using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Enforcement.Tests.Workforce;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>
/// A complaint from its arrival in the inbox (live) through triage, dispatch, arrival, result and
/// closing, every step taken on the pages as a dispatcher and an officer would.
/// </summary>
[NonParallelizable]
public sealed class ComplaintFlowTests
{
    [Test]
    public async Task A_complaint_goes_from_the_inbox_to_closing_through_the_pages()
    {
        using var host = new TestHost();
        await host.UserAsync("wang.fang", [Roles.Dispatcher]);
        await host.UserAsync("li.qiang", [Roles.Officer], badge: "NY-001");   // 王建国's account, dispatched below
        var (hotline, _) = await host.ChannelAsync("12345");
        await Roster.Qualified(host, "NY-001", "王建国", "32010001");
        await Roster.Qualified(host, "NY-002", "李卫东", "32010002");
        await Roster.Register(host, "NY-003", "张伟");
        await Roster.Certify(host, "NY-003", "32010003", ["city-management"], issuedOn: "2020-07-01", validUntil: "2025-06-30");
        await Roster.Acknowledge(host, "NY-003");
        await using var browser = await BrowserSession.OpenAsync(host);
        var page = browser.Page;

        // The dispatcher opens the inbox, is sent to sign in, and comes back to it.
        await page.GotoAsync("/");
        await page.WaitForURLAsync("**/login?returnUrl=*");
        await SignInOnPageAsync(page, "wang.fang");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await page.Locator("body[data-ready]").WaitForAsync();
        await Expect(page.Locator("#site-header")).ToContainTextAsync("测试用户 wang.fang");
        await browser.LiveAsync();

        // Arrival: the 12345 hotline's system delivers the complaint while the inbox is open.
        var order = await new Api(hotline).PostOk("/api/inbox", Api.WorkOrder("flow-1", Seed.StreetStall), HttpStatusCode.Created);
        var number = (string)order["number"]!;
        var card = page.Locator("#work-list li.card", new() { HasText = number });
        await Expect(card).ToContainTextAsync(Seed.StreetStall);

        // Triage: the modules' suggestions with their legal basis; the dispatcher accepts one.
        await card.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
        await page.Locator("body[data-ready]").WaitForAsync();
        var suggestion = page.Locator("#suggestions li.card", new() { HasText = "占道经营" }).First;
        await Expect(suggestion).ToContainTextAsync("《城市道路管理条例》第四十二条");
        await suggestion.GetByRole(AriaRole.Button, new() { NameRegex = new("^采纳并立案") }).ClickAsync();
        await page.WaitForURLAsync("**/cases/*");
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-loaded", "opened");
        Assert.That(await page.Locator("#actions form.action").EvaluateAllAsync<string[]>("forms => forms.map(f => f.dataset.action)"),
            Is.EqualTo(await AllowedAsync(browser)).And.Contains("dispatch"), "the page offers exactly the actions the case allows the dispatcher");
        await Expect(page.Locator("#others-actions")).ToContainTextAsync("认定为重大复杂案件");   // an officer's or commander's step

        // Dispatch from the roster: nothing picked is caught on the page; one officer, and an officer whose
        // certificate has expired, are refused by the API (Art. 42).
        browser.Expect(422, "/api/cases/");   // the refusals this test provokes, here and at the result
        var dispatch = page.Locator("form[data-action='dispatch']");
        var send = dispatch.GetByRole(AriaRole.Button, new() { Name = "派遣执法人员" });
        await send.ClickAsync();
        await Expect(dispatch).ToContainTextAsync("为必填项");
        await dispatch.GetByLabel("王建国（NY-001）").CheckAsync();
        await send.ClickAsync();
        await Expect(dispatch).ToContainTextAsync("执法人员不得少于两人（《行政处罚法》第四十二条）");
        await dispatch.GetByLabel("张伟（NY-003）").CheckAsync();
        await send.ClickAsync();
        await Expect(dispatch).ToContainTextAsync("执法人员 NY-003 张伟 的执法证已于 2025-06-30 过期");
        await dispatch.GetByLabel("张伟（NY-003）").UncheckAsync();
        await dispatch.GetByLabel("李卫东（NY-002）").CheckAsync();
        await send.ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-loaded", "dispatched");

        // The arrival clock counts down on the page, with its source.
        var arrivalClock = page.Locator("#clocks li[data-kind='arrival']");
        await Expect(arrivalClock).ToContainTextAsync("大队服务承诺");
        var shown = await arrivalClock.Locator(".countdown").InnerTextAsync();
        Assert.That(shown, Does.StartWith("剩余 "));
        await Expect(arrivalClock.Locator(".countdown")).Not.ToHaveTextAsync(shown);

        // The officer on the street takes over: signs out the dispatcher, signs in, opens the case.
        var casePath = new Uri(page.Url).AbsolutePath;
        await SwitchUserAsync(browser, "li.qiang", casePath);

        // Arrival on site.
        var arrival = page.Locator("form[data-action='arrival']");
        await arrival.GetByLabel("地址", new() { Exact = true }).FillAsync("南苑街道兴隆大街菜场门口");
        await arrival.GetByRole(AriaRole.Button, new() { Name = "到场签到" }).ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-loaded", "on-site");
        await Expect(arrivalClock).ToContainTextAsync("按时完成");

        // Result: the item's form, checked by the department module's rules before it is taken.
        var result = page.Locator("form[data-action='result']");
        await result.GetByLabel("地址", new() { Exact = true }).FillAsync("南苑街道兴隆大街菜场门口");
        await result.GetByLabel("检查结论").SelectOptionAsync("现场存在占用道路或公共场地行为");
        await result.GetByLabel("处置措施").SelectOptionAsync("无需处置");
        await result.GetByLabel("现场照片").FillAsync("photo-001");
        await result.GetByLabel("处置情况摘要（反馈群众）").FillAsync("已责令摊主撤离，人行道已恢复通行");
        await result.GetByRole(AriaRole.Button, new() { Name = "记录处置结果" }).ClickAsync();
        await Expect(result).ToContainTextAsync("发现违法行为时，须选择处置措施");
        await result.GetByLabel("处置措施").SelectOptionAsync("当场责令改正");
        await result.GetByRole(AriaRole.Button, new() { Name = "记录处置结果" }).ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-loaded", "result-recorded");
        await Expect(page.Locator("#facts")).ToContainTextAsync("当场责令改正");

        // Closing by the officer, and the resident's rating taken by the dispatcher on the return call.
        await page.Locator("form[data-action='close']").GetByRole(AriaRole.Button, new() { Name = "结案" }).ClickAsync();
        await Expect(page.Locator("body")).ToHaveAttributeAsync("data-loaded", "closed");
        await SwitchUserAsync(browser, "wang.fang", casePath);
        var rate = page.Locator("form[data-action='satisfaction']");
        await rate.GetByLabel("满意度").SelectOptionAsync(new SelectOptionValue { Label = "满意" });
        await rate.GetByRole(AriaRole.Button, new() { Name = "记录群众满意度" }).ClickAsync();
        await Expect(page.Locator("#facts")).ToContainTextAsync("满意");

        Assert.That(await page.Locator("#actions form.action").EvaluateAllAsync<string[]>("forms => forms.map(f => f.dataset.action)"),
            Is.EqualTo(await AllowedAsync(browser)));
        await Expect(page.Locator("#timeline")).ToContainTextAsync("结案");

        // The closed complaint has left the inbox.
        await browser.GoAsync("/");
        await Expect(page.Locator("#work-list li.card", new() { HasText = number })).ToHaveCountAsync(0);
        browser.AssertClean();
    }

    private static async Task SignInOnPageAsync(IPage page, string username)
    {
        await page.GetByLabel("用户名").FillAsync(username);
        await page.GetByLabel("密码").FillAsync(TestHost.UserPassword(username));
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    private static async Task SwitchUserAsync(BrowserSession browser, string username, string backTo)
    {
        await browser.Page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await browser.Page.WaitForURLAsync("**/login");
        await SignInOnPageAsync(browser.Page, username);
        await browser.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await browser.GoAsync(backTo);
        await Expect(browser.Page.Locator("#site-header")).ToContainTextAsync($"测试用户 {username}");
    }

    /// <summary>The actions the case allows now and the signed-in user may take, asked with the browser's own session.</summary>
    private static async Task<string[]> AllowedAsync(BrowserSession browser)
    {
        var caseId = new Uri(browser.Page.Url).AbsolutePath.Split('/').Last();
        var response = await browser.Context.APIRequest.GetAsync($"/api/cases/{caseId}");
        var actions = JsonNode.Parse(await response.TextAsync())!["actions"]!.AsArray();
        return actions.Where(a => (bool)a!["permitted"]!).Select(a => (string)a!["code"]!).ToArray();
    }
}
