using Enforcement.Evidence.Kinds;
using Enforcement.Evidence.Persistence;
using Enforcement.Shared.Messages.Evidence;

namespace Enforcement.Evidence.Read;

/// <summary>An evidence file as the API shows it: metadata, hash, and where to fetch the verified content.</summary>
internal sealed record EvidenceView(
    Guid Id, Guid CaseId, string Step, string Kind, string KindName, string FileName, string ContentType, long Size,
    string Sha256, DateTimeOffset CapturedAt, string? Location, double? Latitude, double? Longitude, string Officer,
    string? Description, DateTimeOffset UploadedAt, string UploadedBy, string Url, string ContentUrl)
{
    public static EvidenceView Of(Attachment a) => new(
        a.Id, a.CaseId, a.Step, a.Kind, EvidenceKinds.NameOf(a.Kind), a.DisplayName, a.ContentType, a.Size, a.Sha256,
        a.CapturedAtOffset, a.Location, a.Latitude, a.Longitude, a.Officer, a.Description,
        new DateTimeOffset(a.UploadedAt, TimeSpan.Zero), a.UploadedBy, $"/api/evidence/{a.Id}", $"/api/evidence/{a.Id}/content");

    public static EvidenceRecord Record(Attachment a) => new(
        a.Id, a.CaseId, a.Step, a.Kind, a.DisplayName, a.ContentType, a.Size, a.Sha256, a.CapturedAtOffset, a.Location,
        a.Officer, new DateTimeOffset(a.UploadedAt, TimeSpan.Zero), a.Description);
}
