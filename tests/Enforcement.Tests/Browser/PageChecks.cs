using Microsoft.Playwright;

namespace Enforcement.Tests.Browser;

/// <summary>What every page must satisfy at any screen size, and its screenshot as a test artefact.</summary>
internal static class PageChecks
{
    /// <summary>Saves a full-page screenshot under the test output's <c>screenshots/</c> and attaches it to the test.</summary>
    public static async Task ScreenshotAsync(BrowserSession session, string name)
    {
        var dir = Path.Combine(TestContext.CurrentContext.TestDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var file = Path.Combine(dir, $"{name}-{Viewports.Name(session.Viewport)}.png");
        await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        TestContext.AddTestAttachment(file, $"{name}（{Viewports.Name(session.Viewport)}）");
    }

    /// <summary>Nothing is wider than the screen: no horizontal scrolling, at 1366 px or at 375 px.</summary>
    public static async Task AssertFitsAsync(IPage page, string name)
    {
        var widths = await page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        var (content, viewport) = (widths[0], widths[1]);
        Assert.That(content, Is.LessThanOrEqualTo(viewport), $"{name}: the page is {content} px wide on a {viewport} px screen");
    }

    /// <summary>Every visible form control has a label the screen reader announces.</summary>
    public static async Task AssertLabelledAsync(IPage page, string name)
    {
        var unlabelled = await page.EvaluateAsync<string[]>(@"() => [...document.querySelectorAll('input, select, textarea')]
            .filter(el => el.type !== 'hidden' && el.labels.length === 0 && !el.getAttribute('aria-label'))
            .map(el => el.outerHTML.slice(0, 120))");
        Assert.That(unlabelled, Is.Empty, $"{name}: form controls without a <label>");
    }

    /// <summary>The page's screenshot plus the checks every page must pass.</summary>
    public static async Task ShowAsync(BrowserSession session, string name)
    {
        await AssertFitsAsync(session.Page, name);
        await AssertLabelledAsync(session.Page, name);
        await ScreenshotAsync(session, name);
    }
}
