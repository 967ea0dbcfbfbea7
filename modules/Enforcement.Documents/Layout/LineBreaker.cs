using System.Text;

namespace Enforcement.Documents.Layout;

/// <summary>
/// Breaks text into lines that fit a width, by measuring. Chinese has no spaces, so a line may break
/// between any two Chinese characters; a run of Latin letters or digits (a case number, a hash) stays
/// whole unless it is wider than a line. Line-start and line-end rules (禁则): closing punctuation
/// never starts a line (it hangs into the margin instead), and opening punctuation never ends one.
/// </summary>
internal static class LineBreaker
{
    private const string Closing = "，。、；：？！）》」』”’〕】…—%,.;:?!)]}";
    private const string Opening = "（《「『“‘〔【([{";

    public static IReadOnlyList<string> Wrap(string text, double width, Func<string, double> measure)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
            WrapParagraph(paragraph, width, measure, lines);
        return lines;
    }

    private static void WrapParagraph(string paragraph, double width, Func<string, double> measure, List<string> lines)
    {
        var line = new StringBuilder();
        foreach (var token in Tokens(paragraph))
        {
            if (measure(line + token) <= width) { line.Append(token); continue; }
            if (string.IsNullOrWhiteSpace(token)) { Flush(line, lines); continue; }
            if (token.Length == 1 && Closing.Contains(token[0]) && line.Length > 0) { line.Append(token); continue; }

            var carried = TrailingOpening(line);
            Flush(line, lines);
            line.Append(carried);
            if (measure(line + token) <= width) { line.Append(token); continue; }
            foreach (var piece in Characters(token))   // a word wider than a line is broken anywhere
            {
                if (line.Length > 0 && measure(line + piece) > width) Flush(line, lines);
                line.Append(piece);
            }
        }
        if (line.Length > 0 || lines.Count == 0 || paragraph.Length == 0) lines.Add(line.ToString().TrimEnd());
    }

    private static void Flush(StringBuilder line, List<string> lines)
    {
        if (line.Length == 0) return;
        lines.Add(line.ToString().TrimEnd());
        line.Clear();
    }

    private static string TrailingOpening(StringBuilder line)
    {
        var n = 0;
        while (n < line.Length && Opening.Contains(line[line.Length - 1 - n])) n++;
        if (n == 0 || n == line.Length) return "";
        var carried = line.ToString(line.Length - n, n);
        line.Length -= n;
        return carried;
    }

    /// <summary>Each CJK character, punctuation mark or space alone; runs of other characters together.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            var s = rune.ToString();
            var alone = rune.Value > 0x2E7F || Rune.IsWhiteSpace(rune) || Closing.Contains(s) || Opening.Contains(s);
            if (!alone) { word.Append(s); continue; }
            if (word.Length > 0) { yield return word.ToString(); word.Clear(); }
            yield return s;
        }
        if (word.Length > 0) yield return word.ToString();
    }

    private static IEnumerable<string> Characters(string token) => token.EnumerateRunes().Select(r => r.ToString());
}
