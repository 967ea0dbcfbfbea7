using System.Security.Cryptography;
using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Enforcement.Tests.Browser;

/// <summary>An officer photographs the scene, uploads it on the case page, and sees it listed with its hash.</summary>
[NonParallelizable]
public sealed class EvidenceOnCasePageTests
{
    // A 1×1 PNG: real image bytes, as the upload checks the file's signature against its type.
    private static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Test]
    public async Task An_uploaded_photo_is_listed_with_its_hash_can_be_viewed_and_offered_to_the_result_form()
    {
        using var host = new TestHost();
        var caseId = await Seed.DispatchedCaseAsync(host, "evidence-1");
        await host.Api.PostOk($"/api/cases/{caseId}/arrival", new { address = "南苑街道兴隆大街菜场门口" });
        await using var browser = await BrowserSession.OpenAsync(host);
        await browser.SignInAsAsync(host, "li.qiang", [Roles.Officer], badge: "CITY-MANAGEMENT-1");   // one of the crew dispatched
        await browser.GoAsync($"/cases/{caseId}");
        var evidence = browser.Page.Locator("#evidence");

        await evidence.GetByLabel("文件").SetInputFilesAsync(new FilePayload { Name = "占道现场.png", MimeType = "image/png", Buffer = Photo });
        await evidence.GetByLabel("拍摄（录制）时间").FillAsync("2026-11-27T08:58");
        await evidence.GetByLabel("取证人员").SelectOptionAsync("CITY-MANAGEMENT-1");   // one of the officers dispatched (Seed)
        await evidence.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();

        var hash = Convert.ToHexStringLower(SHA256.HashData(Photo));
        var item = evidence.Locator("li.card", new() { HasText = "占道现场.png" });
        await Expect(item).ToContainTextAsync($"SHA-256：{hash}");
        await Expect(item).ToContainTextAsync("照片");
        await item.GetByRole(AriaRole.Button, new() { Name = "查看" }).ClickAsync();
        var image = item.Locator("img");
        await Expect(image).ToBeVisibleAsync();
        await browser.Page.WaitForFunctionAsync("img => img.complete && img.naturalWidth === 1", await image.ElementHandleAsync());

        // The result form's photo field now offers the stored photo by its hash.
        await Expect(browser.Page.Locator("form[data-action='result']")).ToContainTextAsync($"占道现场.png（SHA-256 {hash[..12]}…）");
        browser.AssertClean();
    }
}
