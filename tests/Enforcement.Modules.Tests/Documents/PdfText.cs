using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>Text as a reader's copy-and-paste gets it (PdfPig decodes through the font's ToUnicode map).</summary>
internal static partial class PdfText
{
    /// <summary>
    /// All pages' text with every kind of white space and the page numbers removed, so lines wrapped
    /// within or across pages read as one.
    /// </summary>
    public static string Of(byte[] pdf) => string.Concat(Pages(pdf));

    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(p => PageNumber().Replace(Squeeze(p.Text), "")).ToList();
    }

    public static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    [GeneratedRegex("第\\d+页共\\d+页")]
    private static partial Regex PageNumber();
}
