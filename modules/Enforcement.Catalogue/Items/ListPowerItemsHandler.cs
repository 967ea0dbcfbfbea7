using Enforcement.Catalogue.Delegations;
using Enforcement.Catalogue.Persistence;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Messages.Catalogue;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Catalogue.Items;

internal sealed class ListPowerItemsHandler(CatalogueDbContext db, ILoadedModules modules) : IRequestHandler<ListPowerItems, IReadOnlyList<PowerItem>>
{
    public async Task<IReadOnlyList<PowerItem>> Handle(ListPowerItems r, CancellationToken ct)
    {
        var inForce = await DelegationQueries.InForceAsync(db, r.Jurisdiction, r.On, ct);
        return modules.All.SelectMany(m => m.Items.Select(i => new PowerItem(i, m.Name, m.Forms.Single(f => f.Code == i.FormCode),
                inForce.TryGetValue(i.Code, out var d) ? DelegationModeNames.Parse(d.Mode)!.Value : DelegationMode.NotDelegated)))
            .ToList();
    }
}
