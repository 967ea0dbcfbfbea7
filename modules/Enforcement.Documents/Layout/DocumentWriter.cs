using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Enforcement.Documents.Layout;

/// <summary>
/// Lays text out top to bottom on A4 pages in the manner of 行政执法文书: centred authority and title,
/// the number to the right, paragraphs with a two-character first-line indent, label/value fields
/// with a hanging indent, ruled tables and signature lines. Every line is wrapped by measuring, and a
/// new page starts when the next block would not fit.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 79;                  // 28 mm
    public const double Right = PageWidth - 74;     // 26 mm
    public const double Top = 72;
    public const double Bottom = PageHeight - 82;   // room for the page number
    public const double Width = Right - Left;
    private const double Leading = 1.65;
    private const double CellPadding = 4;

    private readonly PdfDocument _pdf = new();
    private readonly Dictionary<(XFont, int), double> _widths = [];
    private PdfPage? _page;
    private int _pageNumber;
    private XGraphics? _g;
    private double _y;

    public DocumentWriter(string fontFamily) => Fonts = new DocumentFonts(fontFamily);

    public DocumentFonts Fonts { get; }

    /// <summary>The 1-based number of the page being written.</summary>
    public int PageNumber => _pageNumber;

    public int PageCount => _pdf.PageCount;

    /// <summary>
    /// Starts a page. Its graphics open on the first thing drawn: PDFsharp writes a malformed empty
    /// compressed stream for graphics opened and closed with nothing drawn.
    /// </summary>
    public void NewPage()
    {
        _g?.Dispose();
        _g = null;
        _page = _pdf.AddPage();
        _page.Size = PageSize.A4;
        _pageNumber = _pdf.PageCount;
        _y = Top;
    }

    /// <summary>Adds a page to fill in later with <see cref="Revisit"/> (a cover, the contents); returns its number.</summary>
    public int ReservePage()
    {
        NewPage();
        return _pageNumber;
    }

    /// <summary>
    /// Goes back to an earlier page to write on it from the top. What is written must fit that page:
    /// running over would start a new page at the end of the document.
    /// </summary>
    public void Revisit(int pageNumber)
    {
        _g?.Dispose();
        _g = null;
        _page = _pdf.Pages[pageNumber - 1];
        _pageNumber = pageNumber;
        _y = Top;
    }

    public void Space(double points) => _y += points;

    /// <summary>Starts a new page unless <paramref name="height"/> points still fit on this one.</summary>
    public void KeepTogether(double height)
    {
        if (_y + height > Bottom) NewPage();
    }

    public double LineHeight(XFont font) => font.Size * Leading;

    public void Centered(string text, XFont font)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            Line(font);
            G.DrawString(line, font, XBrushes.Black, Left + (Width - Measure(font, line)) / 2, _y, XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
    }

    public void RightAligned(string text, XFont font)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            Line(font);
            G.DrawString(line, font, XBrushes.Black, Right - Measure(font, line), _y, XStringFormats.TopLeft);
            _y += LineHeight(font);
        }
    }

    /// <summary>A paragraph with the customary two-character first-line indent (or none), justified.</summary>
    public void Paragraph(string text, XFont? font = null, bool indent = true)
    {
        font ??= Fonts.Body;
        var prefix = indent ? "\u3000\u3000" : "";
        foreach (var part in text.Replace("\r\n", "\n").Split('\n'))
        {
            var lines = Wrap(prefix + part, font, Width);
            for (var i = 0; i < lines.Count; i++)
            {
                Line(font);
                Justified(lines[i], font, Left, Width, last: i == lines.Count - 1);
                _y += LineHeight(font);
            }
        }
    }

    /// <summary>"label：value", the value's further lines aligned under its first character.</summary>
    public void Field(string label, string value, XFont? font = null)
    {
        font ??= Fonts.Body;
        var head = label + "：";
        var indent = Math.Min(Measure(font, head), Width / 2);
        var lines = Wrap(value, font, Width - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            Line(font);
            if (i == 0) G.DrawString(head, font, XBrushes.Black, Left, _y, XStringFormats.TopLeft);
            Justified(lines[i], font, Left + indent, Width - indent, last: i == lines.Count - 1);
            _y += LineHeight(font);
        }
    }

    /// <summary>"label：＿＿＿＿＿＿  年  月  日": a line to sign on by hand, and the date.</summary>
    public void SignatureLine(string label)
    {
        const string date = "年\u3000\u3000月\u3000\u3000日";
        var font = Fonts.Body;
        KeepTogether(LineHeight(font) * 1.6);
        _y += font.Size * 0.6;
        var head = label + "：";
        var dateX = Right - Measure(font, date);
        var x = Left + Measure(font, head);
        if (dateX - x < 90)   // a long label goes on its own line, the signature line below it
        {
            Paragraph(label + "：", font, indent: false);
            x = Left + 2 * font.Size;
        }
        else G.DrawString(head, font, XBrushes.Black, Left, _y, XStringFormats.TopLeft);
        G.DrawLine(new XPen(XColors.Black, 0.5), x, _y + font.Size * 1.2, Math.Min(x + 170, dateX - 16), _y + font.Size * 1.2);
        G.DrawString(date, font, XBrushes.Black, dateX, _y, XStringFormats.TopLeft);
        _y += LineHeight(font);
    }

    /// <summary>The authority (with its seal) and the date, set right, kept on one page.</summary>
    public void SealAndDate(string authority, string date)
    {
        var font = Fonts.Body;
        KeepTogether(LineHeight(font) * 4);
        _y += LineHeight(font);
        RightAligned($"{authority}（印章）", font);
        RightAligned(date, font);
    }

    /// <summary>
    /// A ruled table. Cells wrap within their column; a row that does not fit starts a new page, where
    /// the header row (if any) is repeated. <paramref name="minRowHeight"/> leaves room to sign by hand.
    /// </summary>
    public void Table(IReadOnlyList<double> widths, IReadOnlyList<string[]> rows, XFont font, bool header = false,
        IReadOnlyDictionary<int, double>? minRowHeight = null)
    {
        var pen = new XPen(XColors.Black, 0.6);
        string[]? head = header && rows.Count > 0 ? rows[0] : null;
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Select((text, c) => Wrap(text, font, widths[c] - 2 * CellPadding)).ToList();
            var height = cells.Max(l => l.Count) * LineHeight(font) + 2 * CellPadding;
            if (minRowHeight is not null && minRowHeight.TryGetValue(r, out var min)) height = Math.Max(height, min);
            if (_y + height > Bottom)
            {
                NewPage();
                if (head is not null && r > 0) DrawRow(widths, head.Select(t => Wrap(t, font, 1e6)).ToList(), font, pen,
                    LineHeight(font) + 2 * CellPadding);
            }
            DrawRow(widths, cells, font, pen, height);
        }
    }

    private void DrawRow(IReadOnlyList<double> widths, List<IReadOnlyList<string>> cells, XFont font, XPen pen, double height)
    {
        var x = Left;
        for (var c = 0; c < widths.Count; c++)
        {
            G.DrawRectangle(pen, x, _y, widths[c], height);
            var y = _y + CellPadding;
            foreach (var line in cells[c])
            {
                G.DrawString(line, font, XBrushes.Black, x + CellPadding, y, XStringFormats.TopLeft);
                y += LineHeight(font);
            }
            x += widths[c];
        }
        _y += height;
    }

    /// <summary>Numbers every page, sets the metadata and returns the PDF.</summary>
    public byte[] Finish(string title, string author, DateTimeOffset createdAt)
    {
        _g?.Dispose();
        _g = null;
        var count = _pdf.PageCount;
        for (var i = 0; i < count; i++)
        {
            using var g = XGraphics.FromPdfPage(_pdf.Pages[i], XGraphicsPdfPageOptions.Append);
            var text = $"第 {i + 1} 页　共 {count} 页";
            g.DrawString(text, Fonts.Small, XBrushes.Black, (PageWidth - g.MeasureString(text, Fonts.Small).Width) / 2,
                PageHeight - 52, XStringFormats.TopLeft);
        }
        _pdf.Info.Title = title;
        _pdf.Info.Author = author;
        _pdf.Info.Creator = "Enforcement.Modular 执法文书";
        _pdf.Info.CreationDate = createdAt.UtcDateTime;
        _pdf.Info.ModificationDate = createdAt.UtcDateTime;
        using var stream = new MemoryStream();
        _pdf.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _g?.Dispose();
        _pdf.Dispose();
    }

    private XGraphics G => _g ??= XGraphics.FromPdfPage(_page ?? throw new InvalidOperationException("NewPage() first"),
        XGraphicsPdfPageOptions.Append);

    /// <summary>Before a line: a new page if it would cross the bottom margin.</summary>
    private void Line(XFont font)
    {
        if (_y + LineHeight(font) > Bottom) NewPage();
    }

    /// <summary>
    /// Draws a line flush to both margins, as Chinese documents are set, by spreading the spare width
    /// over the gaps between characters. The last line of a paragraph stays flush left, and so does a
    /// line that would need gaps wider than half a character (a long word that was broken).
    /// </summary>
    private void Justified(string line, XFont font, double x, double width, bool last)
    {
        var runes = line.EnumerateRunes().Select(r => r.ToString()).ToList();
        var spare = width - Measure(font, line);
        var gap = runes.Count > 1 ? spare / (runes.Count - 1) : 0;
        if (last || spare <= 0 || gap > font.Size / 2)
        {
            G.DrawString(line, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
            return;
        }
        foreach (var rune in runes)
        {
            G.DrawString(rune, font, XBrushes.Black, x, _y, XStringFormats.TopLeft);
            x += Measure(font, rune) + gap;
        }
    }

    private IReadOnlyList<string> Wrap(string text, XFont font, double width) =>
        LineBreaker.Wrap(text, width, s => Measure(font, s));

    /// <summary>The sum of each character's advance (PDFsharp applies no kerning), each measured once per font.</summary>
    private double Measure(XFont font, string text)
    {
        var total = 0.0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (!_widths.TryGetValue((font, rune.Value), out var w))
                _widths[(font, rune.Value)] = w = G.MeasureString(rune.ToString(), font).Width;
            total += w;
        }
        return total;
    }
}
