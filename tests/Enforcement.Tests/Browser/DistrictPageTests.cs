using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>The district changes how an item is delegated, from a day on, with its document number.</summary>
[NonParallelizable]
public sealed class DistrictPageTests
{
    [Test]
    public async Task The_district_administrator_changes_an_items_delegation_and_sees_its_history()
    {
        using var host = new TestHost();
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "sun.li", [Roles.DistrictAdmin]);
        browser.Expect(422, "/api/delegations");   // the first attempt leaves out what the page cannot check
        await browser.GoAsync("/district");
        var page = browser.Page;
        await Expect(page.Locator("#modules")).ToContainTextAsync("城市管理局");

        await page.Locator("#delegations").GetByLabel("按事项名称或编号查找").FillAsync(Seed.StreetStallItem);
        await page.GetByRole(AriaRole.Button, new() { Name = $"调整 {Seed.StreetStallItem}" }).ClickAsync();
        var form = page.Locator("#change form");
        await Expect(form.GetByLabel("执法事项")).ToHaveValueAsync(Seed.StreetStallItem);
        await form.GetByLabel("委托方式").SelectOptionAsync("joint");
        await form.GetByLabel("生效日期").FillAsync("2026-11-26");   // the day before today: no backdating
        await form.GetByLabel("委托文件文号").FillAsync("建邺城管〔2026〕12号");
        await form.GetByLabel("调整理由").FillAsync("占道经营涉及市场监管，改为联合执法");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存调整" }).ClickAsync();
        await Expect(form).ToContainTextAsync("不溯及既往");

        await form.GetByLabel("生效日期").FillAsync("2026-12-01");
        await form.GetByRole(AriaRole.Button, new() { Name = "保存调整" }).ClickAsync();
        await Expect(form).ToContainTextAsync($"已保存：{Seed.StreetStallItem} 自 2026-12-01 起联合执法");
        await Expect(form).ToContainTextAsync("2026-12-01 起 联合执法");
        await Expect(form).ToContainTextAsync("建邺城管〔2026〕12号");
        browser.AssertClean();
    }
}
