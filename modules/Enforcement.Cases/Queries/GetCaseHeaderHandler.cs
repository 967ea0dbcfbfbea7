using System.Text.Json;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Messages.Cases;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Cases.Queries;

/// <summary>Tells other modules (evidence, documents) whether a case exists and whether it is sealed.</summary>
internal sealed class GetCaseHeaderHandler(CasesDbContext db) : IRequestHandler<GetCaseHeader, CaseHeader?>
{
    public async Task<CaseHeader?> Handle(GetCaseHeader r, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.CaseId, ct);
        if (c is null) return null;
        var officers = c.OfficersJson is null ? [] : JsonSerializer.Deserialize<List<string>>(c.OfficersJson)!;
        return new CaseHeader(c.Id, c.Number, c.Jurisdiction, c.ItemCode, c.Department, c.DelegationMode,
            CaseStates.Code(c.Status), officers, Archived: c.ArchivedAt is not null);
    }
}
