using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Enforcement.Documents.Layout;

/// <summary>The type sizes of the documents, all in the one CJK face (bold is simulated).</summary>
internal sealed class DocumentFonts(string family)
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    /// <summary>The authority's name over the title (三号).</summary>
    public XFont Authority { get; } = new(family, 16, XFontStyleEx.Bold, Unicode);

    /// <summary>The document's title (二号).</summary>
    public XFont Title { get; } = new(family, 22, XFontStyleEx.Bold, Unicode);

    /// <summary>Body text (小四).</summary>
    public XFont Body { get; } = new(family, 12, XFontStyleEx.Regular, Unicode);

    public XFont BodyBold { get; } = new(family, 12, XFontStyleEx.Bold, Unicode);

    /// <summary>Table cells and notes (五号).</summary>
    public XFont Small { get; } = new(family, 10.5, XFontStyleEx.Regular, Unicode);

    /// <summary>Hashes: a full SHA-256 in 64 hex digits fits one line.</summary>
    public XFont Hash { get; } = new(family, 8, XFontStyleEx.Regular, Unicode);
}
