using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Enforcement.Documents.Fonts;

/// <summary>
/// PDFsharp keeps one font resolver per process, settable once. This one is that resolver for the
/// whole process: it holds no configuration, only the faces each host has loaded, keyed by a family
/// name derived from the file and face, so several hosts (tests run many) can use different fonts.
/// </summary>
internal sealed class FontRouter : IFontResolver
{
    public static readonly FontRouter Instance = new();

    private static readonly Lock Gate = new();
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private FontRouter() { }

    /// <summary>Makes this the process's resolver and adds the face under <paramref name="family"/>.</summary>
    public static void Register(string family, byte[] face)
    {
        lock (Gate)
        {
            if (!ReferenceEquals(GlobalFontSettings.FontResolver, Instance)) GlobalFontSettings.FontResolver = Instance;
        }
        Instance._faces.TryAdd(family, face);
    }

    // The fonts have no bold face; PDFsharp simulates it, as it does for 黑体 in office software.
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName, bold, italic) : null;

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);
}
