using Enforcement.Shared.Messages.Catalogue;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Catalogue.Items;

internal sealed class GetEnforcementItemHandler(ILoadedModules modules) : IRequestHandler<GetEnforcementItem, CatalogueItem?>
{
    public Task<CatalogueItem?> Handle(GetEnforcementItem request, CancellationToken cancellationToken)
    {
        var found = modules.All
            .SelectMany(m => m.Items.Select(i => (Module: m, Item: i)))
            .FirstOrDefault(x => x.Item.Code == request.Code);
        return Task.FromResult(found.Item is null
            ? null
            : new CatalogueItem(found.Item, found.Module.Name, found.Module.Forms.Single(f => f.Code == found.Item.FormCode)));
    }
}
