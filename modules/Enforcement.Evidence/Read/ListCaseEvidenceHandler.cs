using Enforcement.Evidence.Persistence;
using Enforcement.Shared.Messages.Evidence;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Evidence.Read;

/// <summary>A case's evidence for other modules (the 卷宗, the case page), oldest first.</summary>
internal sealed class ListCaseEvidenceHandler(EvidenceDbContext db) : IRequestHandler<ListCaseEvidence, IReadOnlyList<EvidenceRecord>>
{
    public async Task<IReadOnlyList<EvidenceRecord>> Handle(ListCaseEvidence r, CancellationToken ct)
    {
        var list = await EvidenceQueries.OfCase(db, r.CaseId).ToListAsync(ct);
        return list.Select(EvidenceView.Record).ToList();
    }
}

internal static class EvidenceQueries
{
    // The id only breaks ties between uploads stamped with the same instant, so that the order is stable.
    public static IQueryable<Attachment> OfCase(EvidenceDbContext db, Guid caseId) =>
        db.Attachments.AsNoTracking().Where(a => a.CaseId == caseId).OrderBy(a => a.UploadedAt).ThenBy(a => a.Id);
}
