using Enforcement.Routing.Index;
using Enforcement.Routing.NonEnforcement;
using Enforcement.Routing.Persistence;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Routing;

/// <summary>
/// 智能分拨 — re-ranks the department modules' keyword suggestions with a Chinese full-text model
/// (SmartCn + BM25 over every item's words), learns from dispatchers' corrections, and recognises
/// complaints that are not enforcement matters.
/// </summary>
public static class RoutingModule
{
    public static IServiceCollection AddRoutingModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<RoutingDbContext>(RoutingDbContext.Prefix);
        services.AddSingleton<RoutingModel>();                  // built once per process, on first use
        services.AddSingleton(NotEnforcementClassifier.Default);
        return services;
    }

    public static Task MigrateRoutingModuleAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.MigrateModuleAsync<RoutingDbContext>(ct);
}
