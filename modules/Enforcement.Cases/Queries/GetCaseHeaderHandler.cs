using Enforcement.Cases.Cases;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Cases.Queries;

/// <summary>
/// Tells other modules (evidence, documents, the officer rule) whether a case exists, whether it is sealed, and
/// its officers: those dispatched and those named on its penalty proceeding.
/// </summary>
internal sealed class GetCaseHeaderHandler(CasesDbContext db) : IRequestHandler<GetCaseHeader, CaseHeader?>
{
    public async Task<CaseHeader?> Handle(GetCaseHeader r, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Proceeding).FirstOrDefaultAsync(x => x.Id == r.CaseId, ct);
        if (c is null) return null;
        var officers = c.DispatchedOfficers().Concat(c.Proceeding?.Officers().Select(o => o.Badge) ?? []).Distinct().ToList();
        return new CaseHeader(c.Id, c.Number, c.Jurisdiction, c.ItemCode, c.Department, c.DelegationMode,
            CaseStates.Code(c.Status), officers, Archived: c.ArchivedAt is not null);
    }
}
