using Enforcement.Catalogue.Delegations;
using Enforcement.Catalogue.Installation;
using Enforcement.Catalogue.Persistence;
using Enforcement.Shared.Infrastructure.Persistence;
using MediatR;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Catalogue;

/// <summary>执法事项目录 — the loaded modules, their items, the district's delegation and the public power list.</summary>
public static class CatalogueModule
{
    public static IServiceCollection AddCatalogueModule(this IServiceCollection services) =>
        services.AddModuleDbContext<CatalogueDbContext>(CatalogueDbContext.Prefix);

    public static Task MigrateCatalogueModuleAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.MigrateModuleAsync<CatalogueDbContext>(ct);

    /// <summary>Records module installs, runs pending update steps once, then seeds default delegations.</summary>
    public static async Task InstallModulesAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ModuleInstaller>().InstallAsync(ct);
        await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SeedDelegations(), ct);
    }

    public static IEndpointRouteBuilder MapCatalogueModule(this IEndpointRouteBuilder app)
    {
        CatalogueEndpoints.Map(app);
        return app;
    }
}
