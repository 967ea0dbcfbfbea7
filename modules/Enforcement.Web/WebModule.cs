using Enforcement.Web.Departments;
using Enforcement.Web.Live;
using Enforcement.Web.Menu;
using Enforcement.Web.Pages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Web;

/// <summary>
/// 工作台 — the pages the brigade, the district and residents use (served from <c>wwwroot</c>), the
/// menu each signed-in role may use, and the live hub that tells open pages what changed.
/// </summary>
public static class WebModule
{
    public static IServiceCollection AddWebModule(this IServiceCollection services)
    {
        services.AddSignalR();
        services.AddAuthorization();
        services.AddSingleton(WebRoot.Beside(AppContext.BaseDirectory));
        return services;
    }

    public static IEndpointRouteBuilder MapWebModule(this IEndpointRouteBuilder app)
    {
        PageEndpoints.Map(app);
        MenuEndpoint.Map(app);
        DepartmentsEndpoint.Map(app);
        LiveEndpoints.Map(app);
        return app;
    }
}
