using Enforcement.Cases.Cases;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>
/// 文书编号: decisions are numbered per sub-district and year, e.g. 南苑综执罚决字〔2026〕第0001号 (on-the-spot
/// decisions 当场罚决字). The unique index on the number turns a race into a refused write, never a duplicate.
/// </summary>
[ModuleService]
internal sealed class DecisionNumbers(CasesDbContext db, IOptions<ProcedureOptions> options, IOptions<JurisdictionOptions> jurisdictions)
{
    public async Task<string> NextAsync(Case c, DateTime now, bool onTheSpot, CancellationToken ct)
    {
        var year = Clocks.Deadlines.LocalDate(now).Year;
        var name = jurisdictions.Value.Resolve(c.Jurisdiction)?.Name ?? c.Jurisdiction;
        var shortName = name.EndsWith("街道") ? name[..^2] : name;
        var prefix = onTheSpot ? options.Value.DecisionNumberPrefix.Replace("罚决字", "当场罚决字") : options.Value.DecisionNumberPrefix;
        var stem = $"{shortName}{prefix}〔{year}〕第";
        var taken = await db.Proceedings.CountAsync(p => p.DecisionNumber != null && p.DecisionNumber.StartsWith(stem), ct);
        return $"{stem}{taken + 1:0000}号";
    }
}
