using System.Net;
using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>The set-up account runs accounts and channel keys on the page, without curl; no one else sees it.</summary>
[NonParallelizable]
public sealed class AccountsPageTests
{
    private const string Badge = "32011520260017";

    [Test]
    public async Task The_administrator_creates_an_officer_and_issues_a_12345_key_that_works()
    {
        using var host = new TestHost();
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsync("admin", host.AdminPassword);
        browser.Expect(422, "/api/users");   // the short password, refused by the API
        await browser.GoAsync("/admin/accounts");
        var page = browser.Page;
        Assert.That(await page.Locator("#site-header nav a").AllInnerTextsAsync(), Does.Contain("账户与密钥"));
        await Expect(page.Locator("#users tr[data-user='admin']")).ToContainTextAsync("系统管理员");

        var form = page.Locator("#create form");
        await form.GetByLabel("用户名").FillAsync("zhou.ming");
        await form.GetByLabel("姓名").FillAsync("周明");
        await form.GetByLabel("初始密码").FillAsync("short-pw");
        await form.GetByLabel("执法队员").CheckAsync();
        await form.GetByLabel("执法证号").FillAsync(Badge);
        await form.GetByRole(AriaRole.Button, new() { Name = "新建账户" }).ClickAsync();
        await Expect(form.GetByLabel("初始密码")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(form.Locator(".field-error:visible")).ToHaveTextAsync("密码至少 10 个字符");

        await form.GetByLabel("初始密码").FillAsync("zhou-ming-first-pw");
        await form.GetByRole(AriaRole.Button, new() { Name = "新建账户" }).ClickAsync();
        await Expect(form).ToContainTextAsync("已新建账户 zhou.ming（周明）");
        var row = page.Locator("#users tr[data-user='zhou.ming']");
        foreach (var text in new[] { "周明", "执法队员", Badge, "正常" }) await Expect(row).ToContainTextAsync(text);
        var officer = await new Api(await host.SignInAsync("zhou.ming", "zhou-ming-first-pw")).GetOk("/api/auth/me");
        Assert.That(officer["badge"]!.GetValue<string>(), Is.EqualTo(Badge));

        await row.GetByRole(AriaRole.Button, new() { Name = "重设 zhou.ming 的密码" }).ClickAsync();
        await page.GetByLabel("zhou.ming 的新密码").FillAsync("zhou-ming-second-pw");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存新密码" }).ClickAsync();
        await Expect(page.Locator("#users")).ToContainTextAsync("已重设 zhou.ming 的密码");
        await host.SignInAsync("zhou.ming", "zhou-ming-second-pw");

        var issue = page.Locator("#issue form");
        await issue.GetByLabel("渠道").SelectOptionAsync("12345");
        await issue.GetByLabel("用途名称").FillAsync("市12345热线对接");
        await issue.GetByRole(AriaRole.Button, new() { Name = "签发密钥" }).ClickAsync();
        await Expect(issue).ToContainTextAsync("只显示一次，请立即保存");
        var key = await issue.GetByLabel("接口密钥（X-Api-Key）").InputValueAsync();
        Assert.That(key, Does.StartWith("enfk_"));
        var keyRow = page.Locator("#keys tbody tr").Filter(new() { HasText = "市12345热线对接" });
        await Expect(keyRow).ToContainTextAsync("有效");
        await Expect(keyRow).ToContainTextAsync(key[^4..]);
        await Expect(page.Locator("#keys")).Not.ToContainTextAsync(key);

        var hotline = host.NewClient();
        hotline.DefaultRequestHeaders.Add("X-Api-Key", key);
        await new Api(hotline).PostOk("/api/inbox", Api.WorkOrder("12345-PAGE-1", "楼下烧烤摊占道经营到深夜"), HttpStatusCode.Created);

        // Revoking by keyboard: the question takes the focus, Enter confirms.
        await keyRow.GetByRole(AriaRole.Button, new() { Name = "吊销 市12345热线对接" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(keyRow.GetByRole(AriaRole.Button, new() { Name = "确认吊销" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(keyRow).ToContainTextAsync("已吊销");
        var (afterRevoke, _) = await new Api(hotline).Post("/api/inbox", Api.WorkOrder("12345-PAGE-2", "噪音"));
        Assert.That(afterRevoke, Is.EqualTo(HttpStatusCode.Unauthorized));

        await row.GetByRole(AriaRole.Button, new() { Name = "停用 zhou.ming" }).ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "确认停用" }).ClickAsync();
        await Expect(row).ToContainTextAsync("已停用");
        var (signIn, _) = await new Api(host.NewClient()).Post("/api/auth/token", new { username = "zhou.ming", password = "zhou-ming-second-pw" });
        Assert.That(signIn, Is.EqualTo(HttpStatusCode.Unauthorized));

        await PageChecks.ShowAsync(browser, "accounts");
        browser.AssertClean();
    }

    [Test]
    public async Task At_phone_width_the_accounts_page_fits_and_labels_its_fields()
    {
        using var host = new TestHost();
        await host.UserAsync("chen.jing", [Roles.Liaison], department: "housing");
        await host.UserAsync("li.qiang", [Roles.Officer], badge: Badge);
        await host.ChannelAsync("12345");
        await using var browser = await BrowserSession.OpenAsync(host, Viewports.Phone);
        await browser.SignInAsync("admin", host.AdminPassword);

        await browser.GoAsync("/admin/accounts");
        var form = browser.Page.Locator("#create form");
        await Expect(form.GetByLabel("所属部门")).ToBeHiddenAsync();
        await form.GetByLabel("部门联络员").CheckAsync();
        await Expect(form.GetByLabel("所属部门")).ToBeVisibleAsync();
        await Expect(browser.Page.Locator("#users tr[data-user='chen.jing']")).ToContainTextAsync("部门联络员");
        await PageChecks.ShowAsync(browser, "accounts");
        browser.AssertClean();
    }

    [Test]
    public async Task A_commander_is_not_offered_the_page_and_is_refused_its_data()
    {
        using var host = new TestHost();
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "zhao.lei", [Roles.Commander]);
        browser.Expect(403, "/api/users");

        await browser.GoAsync("/");
        Assert.That(await browser.Page.Locator("#site-header nav a").AllInnerTextsAsync(), Does.Not.Contain("账户与密钥"));

        await browser.GoAsync("/admin/accounts");
        await Expect(browser.Page.Locator("#users")).ToContainTextAsync("无法读取账户");
        await Expect(browser.Page.Locator("#users")).ToContainTextAsync("无权");
        await Expect(browser.Page.Locator("#problem")).ToContainTextAsync("仅供系统管理员使用");
        Assert.That(await browser.Page.Locator("form").CountAsync(), Is.Zero, "no forms for a role that may not manage accounts");
        browser.AssertClean();
    }
}
