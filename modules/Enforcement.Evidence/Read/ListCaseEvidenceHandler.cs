using Enforcement.Evidence.Persistence;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Messages.Evidence;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Http;
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

    /// <summary>One file's record, or null when it does not exist or belongs to a case the caller may not see.</summary>
    public static async Task<Attachment?> VisibleAsync(EvidenceDbContext db, Guid id, ICurrentActor actor, IMediator mediator, CancellationToken ct)
    {
        var a = await db.Attachments.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return a is not null && await CaseVisibility.ShowsCaseAsync(actor, mediator, a.CaseId, ct) ? a : null;
    }

    public static IResult NotFound(Guid id) =>
        Results.Problem(detail: $"证据 {id} 不存在", statusCode: StatusCodes.Status404NotFound, title: "未找到");
}
