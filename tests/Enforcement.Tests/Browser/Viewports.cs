using Microsoft.Playwright;

namespace Enforcement.Tests.Browser;

/// <summary>The two screens the pages must work on: the brigade's desktops and an officer's phone.</summary>
internal static class Viewports
{
    public static readonly ViewportSize Desktop = new() { Width = 1366, Height = 768 };
    public static readonly ViewportSize Phone = new() { Width = 375, Height = 812 };

    public static string Name(ViewportSize size) => $"{size.Width}x{size.Height}";
}
