using Enforcement.Evidence.Persistence;
using Enforcement.Evidence.Storage;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Evidence;

/// <summary>证据 — photos, video, audio and documents attached to case steps, stored by content hash.</summary>
public static class EvidenceModule
{
    /// <summary>A staging file older than this was left by a crash, not by an upload still running.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromDays(1);

    public static IServiceCollection AddEvidenceModule(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<EvidenceDbContext>(EvidenceDbContext.Prefix);
        services.AddSingleton(EvidenceOptions.From(configuration));
        return services;
    }

    /// <summary>Brings the tables up to date, creates the store's folder and clears abandoned staging files.</summary>
    public static async Task MigrateEvidenceModuleAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await services.MigrateModuleAsync<EvidenceDbContext>(ct);
        await using var scope = services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<EvidenceStore>();
        Directory.CreateDirectory(store.IncomingFolder);
        store.SweepAbandonedUploads(AbandonedAfter);
    }

    public static IEndpointRouteBuilder MapEvidenceModule(this IEndpointRouteBuilder app)
    {
        EvidenceEndpoints.Map(app);
        return app;
    }
}
