namespace Enforcement.Documents;

/// <summary>
/// Settings of the documents, from configuration section <c>Enforcement:Documents</c>.
/// </summary>
public sealed class DocumentsOptions
{
    /// <summary>Debian's WenQuanYi Micro Hei: TrueType outlines, so PDFsharp can embed it.</summary>
    public const string DefaultFontFile = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>The Debian package that ships <see cref="DefaultFontFile"/>.</summary>
    public const string FontPackage = "fonts-wqy-microhei";

    /// <summary>
    /// The CJK font the documents are set in: a .ttf, or a .ttc collection with <see cref="FontIndex"/>
    /// choosing the face. It must have TrueType (glyf) outlines; CFF-outline fonts such as Debian's
    /// fonts-noto-cjk cannot be embedded by PDFsharp 6.2.
    /// </summary>
    public string FontFile { get; set; } = DefaultFontFile;

    /// <summary>The face within a .ttc collection (0 = WenQuanYi Micro Hei, 1 = its monospaced face).</summary>
    public int FontIndex { get; set; }
}
