using Enforcement.Evidence.Kinds;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Evidence.Checks;

/// <summary>
/// The declared content type must be one the kind accepts, and the file's own first bytes must be
/// a format that type allows: a program renamed <c>.jpg</c> and sent as <c>image/jpeg</c> is refused.
/// </summary>
internal static class ContentTypeRule
{
    private static readonly Dictionary<EvidenceKind, Dictionary<string, FileFormat[]>> Accepted = new()
    {
        [EvidenceKind.Photo] = new()
        {
            ["image/jpeg"] = [FileFormat.Jpeg],
            ["image/png"] = [FileFormat.Png],
            ["image/heic"] = [FileFormat.Heif],
            ["image/heif"] = [FileFormat.Heif],
            ["image/webp"] = [FileFormat.WebP],
        },
        [EvidenceKind.Video] = new()
        {
            ["video/mp4"] = [FileFormat.Mp4],
            // A phone's MOV or 3GP may carry a generic ISO brand instead of its own.
            ["video/quicktime"] = [FileFormat.QuickTime, FileFormat.Mp4],
            ["video/3gpp"] = [FileFormat.ThreeGp, FileFormat.Mp4],
            ["video/x-msvideo"] = [FileFormat.Avi],
            ["video/avi"] = [FileFormat.Avi],
        },
        [EvidenceKind.Audio] = new()
        {
            ["audio/mpeg"] = [FileFormat.Mp3],
            ["audio/mp3"] = [FileFormat.Mp3],
            ["audio/mp4"] = [FileFormat.M4a, FileFormat.Mp4],
            ["audio/x-m4a"] = [FileFormat.M4a, FileFormat.Mp4],
            ["audio/m4a"] = [FileFormat.M4a, FileFormat.Mp4],
            ["audio/wav"] = [FileFormat.Wav],
            ["audio/x-wav"] = [FileFormat.Wav],
            ["audio/wave"] = [FileFormat.Wav],
            ["audio/vnd.wave"] = [FileFormat.Wav],
            ["audio/amr"] = [FileFormat.Amr],
        },
        [EvidenceKind.Document] = new()
        {
            ["application/pdf"] = [FileFormat.Pdf],
            // Paper documents are often photographed or scanned to an image.
            ["image/jpeg"] = [FileFormat.Jpeg],
            ["image/png"] = [FileFormat.Png],
        },
    };

    public static IReadOnlyCollection<string> AcceptedTypes(EvidenceKind kind) => Accepted[kind].Keys;

    /// <summary>The media type alone, lower-cased, without parameters such as <c>charset</c>; null when absent.</summary>
    public static string? Normalize(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType)) return null;
        var media = contentType.Split(';', 2)[0].Trim().ToLowerInvariant();
        return media.Length == 0 ? null : media;
    }

    public static UploadRefusal? Check(EvidenceKind kind, string? declaredContentType, FileFormat sniffed)
    {
        var declared = Normalize(declaredContentType);
        var name = EvidenceKinds.Name(kind);
        var accepted = Accepted[kind];
        if (declared is null || !accepted.TryGetValue(declared, out var formats))
            return UploadRefusal.UnsupportedType(
                $"{name}不接受文件类型“{declared ?? "未声明"}”；可接受：{string.Join("、", accepted.Keys)}（请在文件分段的 Content-Type 中声明）");
        if (!formats.Contains(sniffed))
            return UploadRefusal.UnsupportedType(
                $"文件内容与声明的类型 {declared} 不符：按文件头识别为{FileSignature.Describe(sniffed)}");
        return null;
    }
}
