using Enforcement.Evidence.Persistence;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Evidence.Integrity;

/// <summary>
/// Records on the case's record that a stored evidence file is missing or no longer hashes to its
/// address. Its own command, so that the alarm commits even though the download it came from failed.
/// </summary>
internal sealed record IntegrityAlarm(Guid EvidenceId, string Found) : ICommand<Result<bool>>
{
    public const string Action = "evidence-integrity-alarm";
}

internal sealed class IntegrityAlarmHandler(EvidenceDbContext db, StateRecorder recorder) : IRequestHandler<IntegrityAlarm, Result<bool>>
{
    public async Task<Result<bool>> Handle(IntegrityAlarm r, CancellationToken ct)
    {
        var a = await db.Attachments.FindAsync([r.EvidenceId], ct);
        if (a is null) return new Problem(ProblemKind.NotFound, $"证据 {r.EvidenceId} 不存在");
        await recorder.RecordAsync(a.Jurisdiction, "case", a.CaseId.ToString(), IntegrityAlarm.Action,
            new { evidenceId = a.Id, a.Sha256, a.Size, state = "stored" },
            new { evidenceId = a.Id, a.Sha256, state = "damaged", found = r.Found }, ct);
        return true;
    }
}
