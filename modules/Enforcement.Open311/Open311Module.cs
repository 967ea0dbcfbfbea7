using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Open311;

/// <summary>
/// Open311 GeoReport v2 — the brigade's delegated items as services, residents' and other systems'
/// service requests as work orders. It owns no tables: the catalogue and the inbox answer over the bus.
/// </summary>
public static class Open311Module
{
    public const string BasePath = Open311Endpoints.BasePath;

    /// <summary>Its services are registered by the host's [ModuleService] scan; nothing else to add.</summary>
    public static IServiceCollection AddOpen311Module(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOpen311Module(this IEndpointRouteBuilder app)
    {
        Open311Endpoints.Map(app);
        return app;
    }
}
