using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Messages.Catalogue;
using Enforcement.Shared.Modules;
using MediatR;

namespace Enforcement.Modules.HandlerClash;

/// <summary>A module that answers a request the core already answers.</summary>
public sealed class HandlerClashModule : IDepartmentModule
{
    public string Key => "handler-clash";
    public string Name => "处理器冲突测试模块";
    public DepartmentKind Kind => DepartmentKind.Liaison;
    public Version Version => new(1, 0, 0);
    public IReadOnlyList<EnforcementItem> Items => [];
    public IReadOnlyList<FormDefinition> Forms => [];
    public IReadOnlyList<Type> Handlers => [typeof(SecondItemLookup)];
}

internal sealed class SecondItemLookup : IRequestHandler<GetEnforcementItem, CatalogueItem?>
{
    public Task<CatalogueItem?> Handle(GetEnforcementItem request, CancellationToken cancellationToken) =>
        Task.FromResult<CatalogueItem?>(null);
}
