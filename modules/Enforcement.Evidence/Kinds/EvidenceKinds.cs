using Enforcement.Shared.Catalogue;

namespace Enforcement.Evidence.Kinds;

/// <summary>The wire codes and Chinese names of the evidence kinds (全过程记录: photo, video, audio, document).</summary>
internal static class EvidenceKinds
{
    public static readonly IReadOnlyList<EvidenceKind> All = [EvidenceKind.Photo, EvidenceKind.Video, EvidenceKind.Audio, EvidenceKind.Document];

    public static string Code(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Photo => "photo",
        EvidenceKind.Video => "video",
        EvidenceKind.Audio => "audio",
        _ => "document",
    };

    public static string Name(EvidenceKind kind) => kind switch
    {
        EvidenceKind.Photo => "照片",
        EvidenceKind.Video => "视频",
        EvidenceKind.Audio => "录音",
        _ => "文书材料",
    };

    public static bool TryParse(string? code, out EvidenceKind kind)
    {
        foreach (var k in All)
        {
            if (Code(k) != code) continue;
            kind = k;
            return true;
        }
        kind = default;
        return false;
    }

    /// <summary>Name of a stored kind code; the code itself should the table ever hold one this build does not know.</summary>
    public static string NameOf(string code) => TryParse(code, out var kind) ? Name(kind) : code;

    public static string Choices => string.Join("、", All.Select(k => $"{Code(k)}（{Name(k)}）"));
}
