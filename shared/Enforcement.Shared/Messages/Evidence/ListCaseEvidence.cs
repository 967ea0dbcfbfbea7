using MediatR;

namespace Enforcement.Shared.Messages.Evidence;

/// <summary>Every evidence file attached to a case, oldest first (for the 卷宗 and the case page).</summary>
public sealed record ListCaseEvidence(Guid CaseId) : IRequest<IReadOnlyList<EvidenceRecord>>;

/// <summary>
/// One evidence file: <paramref name="Kind"/> is photo / video / audio / document; <paramref name="Sha256"/>
/// is the lower-case hex hash that is also its storage address.
/// </summary>
public sealed record EvidenceRecord(
    Guid Id, Guid CaseId, string Step, string Kind, string FileName, string ContentType, long Size, string Sha256,
    DateTimeOffset CapturedAt, string? Location, string Officer, DateTimeOffset UploadedAt, string? Description);
