using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Enforcement.Evidence.Checks;

/// <summary>
/// The name an uploader gave a file is kept only for display, cleaned of anything that could mislead
/// a person or a file system. It never names the stored file: that is its SHA-256.
/// </summary>
internal static partial class SafeFileName
{
    public const int MaxLength = 100;
    private const int MaxExtensionLength = 10;        // ".jpeg", ".heic" … a longer "extension" is part of the name

    private static readonly HashSet<char> Reserved = ['<', '>', ':', '"', '/', '\\', '|', '?', '*'];

    /// <summary>
    /// A name with a <c>..</c> segment tries to climb out of a folder; it is refused rather than
    /// repaired, since no camera or scanner names its files that way.
    /// </summary>
    public static bool IsTraversal(string? raw) =>
        raw is not null && Visible(raw).Replace('\\', '/').Split('/').Any(segment => segment.Trim() == "..");

    /// <summary>
    /// The last path segment without control, formatting (e.g. right-to-left override) or reserved
    /// characters, whitespace collapsed, no leading or trailing dots, not a Windows device name, at
    /// most <see cref="MaxLength"/> characters with the extension kept; <c>未命名</c> when nothing is left.
    /// </summary>
    public static string Clean(string? raw, FileFormat format)
    {
        var lastSegment = Visible(raw ?? "").Replace('\\', '/').Split('/')[^1];
        var kept = new StringBuilder();
        foreach (var c in lastSegment)
        {
            if (Reserved.Contains(c)) continue;
            if (char.IsWhiteSpace(c))
            {
                if (kept.Length > 0 && kept[^1] != ' ') kept.Append(' ');
                continue;
            }
            kept.Append(c);
        }
        var name = kept.ToString().Trim();

        // The extension is taken before dots are trimmed, so ".png" is a nameless PNG, not a file called "png".
        var dot = name.LastIndexOf('.');
        var hasExtension = dot >= 0 && name.Length - dot is > 1 and <= MaxExtensionLength;
        var extension = hasExtension ? name[dot..] : "";
        var stem = (hasExtension ? name[..dot] : name).Trim(' ', '.');
        if (stem.Length == 0) return "未命名" + (extension.Length > 0 ? extension : FileSignature.Extension(format));
        if (DeviceName().IsMatch(stem.Split('.')[0])) stem = "_" + stem;
        return Truncate(stem, MaxLength - extension.Length) + extension;
    }

    private static string Visible(string raw)
    {
        var text = new StringBuilder(raw.Length);
        foreach (var rune in raw.EnumerateRunes())
        {
            if (rune == Rune.ReplacementChar) continue;             // also what a lone surrogate becomes
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                continue;
            text.Append(rune.ToString());
        }
        return text.ToString();
    }

    // Cut on whole code points so that no half of a surrogate pair is left at the end.
    private static string Truncate(string text, int maxChars)
    {
        if (text.Length <= maxChars) return text;
        var cut = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (cut.Length + rune.Utf16SequenceLength > maxChars) break;
            cut.Append(rune.ToString());
        }
        return cut.ToString().TrimEnd(' ', '.');
    }

    [GeneratedRegex("^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DeviceName();
}
