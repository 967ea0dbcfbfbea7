using Enforcement.Catalogue.Persistence;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Catalogue.Delegations;

/// <summary>
/// Gives every loaded item without a delegation its module's default (the pilot: stationed items
/// dispatched, liaison items joint), from today. An item the district has already set is left alone.
/// </summary>
internal sealed record SeedDelegations : ICommand<int>;

internal sealed class SeedDelegationsHandler(
    CatalogueDbContext db, ILoadedModules modules, IOptions<JurisdictionOptions> jurisdictions, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<SeedDelegations, int>
{
    public const string DefaultReason = "系统初始配置：按试点方案的默认委托方式（派驻部门事项为派驻执法、联络部门事项为联合执法）；委托文件文号待区里录入";

    public async Task<int> Handle(SeedDelegations request, CancellationToken ct)
    {
        var today = LocalDay.Today(clock);
        var added = 0;
        foreach (var jurisdiction in jurisdictions.Value.Served)
        {
            var known = (await db.Delegations.Where(d => d.Jurisdiction == jurisdiction.Code).Select(d => d.ItemCode).Distinct().ToListAsync(ct)).ToHashSet();
            foreach (var item in modules.All.SelectMany(m => m.Items).Where(i => !known.Contains(i.Code)))
            {
                var row = new Delegation
                {
                    Id = Guid.CreateVersion7(), Jurisdiction = jurisdiction.Code, ItemCode = item.Code, Department = item.Department,
                    Mode = item.DefaultMode.Code(), EffectiveFrom = today, Reason = DefaultReason,
                    RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = "system",
                };
                db.Delegations.Add(row);
                await recorder.RecordAsync(jurisdiction.Code, "delegation", item.Code, "delegation-seeded", null, DelegationView.Of(row), ct);
                added++;
            }
        }
        await db.SaveChangesAsync(ct);
        return added;
    }
}
