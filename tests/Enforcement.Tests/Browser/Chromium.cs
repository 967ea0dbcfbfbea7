using Microsoft.Playwright;

namespace Enforcement.Tests.Browser;

/// <summary>
/// One Chromium for all browser tests: Debian's <c>/usr/bin/chromium</c> (apt package <c>chromium</c>),
/// driven by the Playwright driver that ships inside the NuGet package — no browser download.
/// </summary>
[SetUpFixture]
public sealed class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    public static IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not started");

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Assert.That(File.Exists(ExecutablePath), Is.True, $"{ExecutablePath} is missing: apt-get install -y chromium chromium-l10n fonts-noto-cjk");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--lang=zh-CN"],
            // On Linux the browser's own strings (file picker, date placeholders) follow LANGUAGE; zh-CN needs chromium-l10n.
            Env = new Dictionary<string, string> { ["LANGUAGE"] = "zh_CN", ["LANG"] = "zh_CN.UTF-8" },
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}
