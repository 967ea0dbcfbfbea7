using System.Text;

namespace Enforcement.Documents.Rendering;

/// <summary>
/// The download name: the document's Chinese name and the case number, keeping only characters that
/// are safe in a Content-Disposition header and a file system (no quotes, slashes or control characters).
/// </summary>
internal static class FileNames
{
    public static string For(string documentName, string caseNumber)
    {
        var safe = new StringBuilder();
        foreach (var ch in $"{documentName}-{caseNumber}")
            safe.Append(char.IsLetterOrDigit(ch) || ch is '-' or '_' or '（' or '）' ? ch : '_');
        return safe.ToString(0, Math.Min(safe.Length, 120)) + ".pdf";
    }
}
