using Enforcement.Evidence.Integrity;
using Enforcement.Evidence.Kinds;
using Enforcement.Evidence.Persistence;
using Enforcement.Evidence.Read;
using Enforcement.Evidence.Storage;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Evidence.Upload;

/// <summary>Attaches a checked upload to a case step: file to its address first, then the row and its record.</summary>
internal sealed record AttachEvidence(Guid CaseId, ValidUpload Upload) : ICommand<Result<EvidenceView>>;

internal sealed class AttachEvidenceHandler(
    EvidenceDbContext db, EvidenceStore store, IMediator mediator, StateRecorder recorder, ICurrentActor actor, TimeProvider clock)
    : IRequestHandler<AttachEvidence, Result<EvidenceView>>
{
    public async Task<Result<EvidenceView>> Handle(AttachEvidence r, CancellationToken ct)
    {
        // Asked again inside the transaction: the case may have been archived while the file streamed in.
        var header = await mediator.Send(new GetCaseHeader(r.CaseId), ct);
        if (CaseRule.Check(r.CaseId, header) is { } problem) return problem;

        var u = r.Upload;
        // The file goes first: a crash after this leaves at worst an unreferenced file, never a row without its file.
        var stored = await store.CommitAsync(u.File, ct);
        if (stored.Restored)
            await recorder.RecordAsync(header!.Jurisdiction, "case", r.CaseId.ToString(), IntegrityAlarm.Action,
                new { sha256 = u.File.Sha256, state = "damaged", foundSha256 = stored.DamagedFoundSha256 },
                new { sha256 = u.File.Sha256, state = "restored-from-upload", damagedKeptAs = Path.GetFileName(stored.DamagedKeptAs) }, ct);

        var now = clock.GetUtcNow();
        var a = new Attachment
        {
            Id = Guid.CreateVersion7(now),
            CaseId = r.CaseId,
            Jurisdiction = header!.Jurisdiction,
            Step = u.Step,
            Kind = EvidenceKinds.Code(u.Kind),
            DisplayName = u.DisplayName,
            ContentType = u.ContentType,
            Size = u.File.Size,
            Sha256 = u.File.Sha256,
            CapturedAt = u.CapturedAt.UtcDateTime,
            CapturedOffsetMinutes = (int)u.CapturedAt.Offset.TotalMinutes,
            Location = u.Location,
            Latitude = u.Latitude,
            Longitude = u.Longitude,
            Officer = u.Officer,
            Description = u.Description,
            UploadedAt = now.UtcDateTime,
            UploadedBy = actor.Name,
        };
        db.Attachments.Add(a);
        await db.SaveChangesAsync(ct);
        // Recorded on the case, so that the case's record (and its 卷宗) lists every piece of evidence with its hash.
        await recorder.RecordAsync(a.Jurisdiction, "case", a.CaseId.ToString(), "evidence-attached", null, EvidenceView.Of(a), ct);
        return EvidenceView.Of(a);
    }
}
