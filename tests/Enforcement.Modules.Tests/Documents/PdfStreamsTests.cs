using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>
/// Every compressed stream holds content. PDFsharp writes a malformed empty stream for a page whose
/// graphics were opened with nothing drawn; strict readers (poppler) then report the file as damaged.
/// </summary>
[TestFixture]
public sealed partial class PdfStreamsTests
{
    [Test]
    public void The_case_file_with_its_pages_filled_in_afterwards_has_only_well_formed_streams() =>
        AssertStreamsInflate(Renderers.Default.RenderCaseFile(SampleCase.Archive()));

    [TestCase("decision")]
    [TestCase("service-receipt")]
    public void A_document_has_only_well_formed_streams(string kind) => AssertStreamsInflate(Renderers.Render(kind));

    private static void AssertStreamsInflate(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);   // one char per byte, so indexes are byte offsets
        var streams = 0;
        foreach (Match m in StreamStart().Matches(text))
        {
            var header = text[text.LastIndexOf(" obj", m.Index, StringComparison.Ordinal)..m.Index];
            if (!header.Contains("/FlateDecode")) continue;
            var length = int.Parse(Length().Match(header).Groups[1].Value);
            var start = m.Index + m.Length;
            Assert.That(InflatesToContent(pdf.AsSpan(start, length)), $"the compressed stream at byte {start} ({length} bytes) is empty or malformed");
            streams++;
        }
        Assert.That(streams, Is.GreaterThan(0));
    }

    /// <summary>
    /// The data must hold deflate blocks that inflate to something. (PDFsharp leaves out the final
    /// Adler-32 of every stream, which readers accept, so that is not checked; an empty page's stream,
    /// a bare zlib header, is what they reject.)
    /// </summary>
    private static bool InflatesToContent(ReadOnlySpan<byte> data)
    {
        if (data.Length < 3) return false;
        try
        {
            using var inflate = new DeflateStream(new MemoryStream(data[2..].ToArray()), CompressionMode.Decompress);
            var output = new MemoryStream();
            inflate.CopyTo(output);
            return output.Length > 0;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    [GeneratedRegex(">>\\s*stream\\r?\\n")]
    private static partial Regex StreamStart();

    [GeneratedRegex("/Length (\\d+)(?!\\d)(?! \\d+ R)")]
    private static partial Regex Length();
}
