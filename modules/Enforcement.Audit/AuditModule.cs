using Enforcement.Audit.Persistence;
using Enforcement.Audit.Record;
using Enforcement.Audit.Verify;
using Enforcement.Shared.Infrastructure.Persistence;
using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Audit;

/// <summary>审计记录 — the record of every state change, and its verification.</summary>
public static class AuditModule
{
    public static IServiceCollection AddAuditModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<AuditDbContext>(AuditDbContext.Prefix);
        return services;
    }

    public static Task MigrateAuditModuleAsync(this IServiceProvider services, CancellationToken ct = default) =>
        services.MigrateModuleAsync<AuditDbContext>(ct);

    /// <summary>Recomputes the chain; used by the API and by the host's <c>verify</c> verb.</summary>
    public static async Task<ChainReport> VerifyAuditChainAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChainVerifier>().VerifyAsync(ct);
    }

    public static IEndpointRouteBuilder MapAuditModule(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("审计记录").RequireAuthorization(Policies.Audit);
        group.MapGet("/", async (string? entityType, string? entityId, AuditDbContext db, CancellationToken ct) =>
        {
            var query = db.Entries.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(entityType)) query = query.Where(e => e.EntityType == entityType);
            if (!string.IsNullOrWhiteSpace(entityId)) query = query.Where(e => e.EntityId == entityId);
            var list = await query.OrderBy(e => e.Sequence).Take(1000).ToListAsync(ct);
            return Results.Ok(list.Select(e => new AuditEntryView(e.Sequence, e.Jurisdiction,
                new DateTimeOffset(e.At), e.Actor, e.EntityType, e.EntityId, e.Action, e.Before, e.After, e.Hash)));
        }).WithSummary("查询状态变更记录（谁、何时、做了什么、变更前后）");
        group.MapGet("/verify", async (ChainVerifier verifier, CancellationToken ct) => Results.Ok(await verifier.VerifyAsync(ct)))
            .WithSummary("重新计算哈希链，报告第一处断裂");
        return app;
    }
}

public sealed record AuditEntryView(long Sequence, string Jurisdiction, DateTimeOffset At, string Actor,
    string EntityType, string EntityId, string Action, string? Before, string? After, string Hash);
