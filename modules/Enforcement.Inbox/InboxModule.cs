using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.PublicStatus;
using Enforcement.Inbox.Triage;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Inbox;

/// <summary>统一收件箱 — intake from every channel, and triage over the bus.</summary>
public static class InboxModule
{
    public static IServiceCollection AddInboxModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<InboxDbContext>(InboxDbContext.Prefix);
        services.AddPublicStatusLimit();
        return services;
    }

    public static Task MigrateInboxModuleAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.MigrateModuleAsync<InboxDbContext>(ct);

    public static IEndpointRouteBuilder MapInboxModule(this IEndpointRouteBuilder app)
    {
        InboxEndpoints.Map(app);
        PublicStatusEndpoint.Map(app);
        return app;
    }
}
