namespace Enforcement.Documents.Fonts;

/// <summary>The configured font cannot be used; the message (Chinese) names the file and the fix.</summary>
public sealed class DocumentFontException(string message) : Exception(message);
