namespace Enforcement.Shared.Catalogue;

/// <summary>The kinds of evidence an item can require (全过程记录: text, photo, video, audio).</summary>
public enum EvidenceKind
{
    Photo,
    Video,
    Audio,
    Document,
}
