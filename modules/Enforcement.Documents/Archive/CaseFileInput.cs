using Enforcement.Shared.Messages.Audit;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Evidence;

namespace Enforcement.Documents.Archive;

/// <summary>What the 卷宗 binds: the case, its evidence, its record; and who made the bundle, when.</summary>
internal sealed record CaseFileInput(
    Shared.Messages.Cases.CaseFile Case,
    IReadOnlyList<EvidenceRecord> Evidence,
    IReadOnlyList<RecordEntry> Record,
    DateTimeOffset GeneratedAt,
    string GeneratedBy);
