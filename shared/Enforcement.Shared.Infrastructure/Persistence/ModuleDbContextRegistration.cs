using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Shared.Infrastructure.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>Registers a module's DbContext on the scope's shared connection.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string tablePrefix)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((sp, options) =>
            sp.GetRequiredService<IDatabaseProvider>().Configure(
                options, sp.GetRequiredService<UnitOfWork>().Connection, $"{tablePrefix}_ef_migrations"));
        return services;
    }

    /// <summary>Applies a module's pending migrations in a scope of its own.</summary>
    public static async Task MigrateModuleAsync<TContext>(this IServiceProvider root, CancellationToken ct = default)
        where TContext : ModuleDbContext
    {
        await using var scope = root.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync(ct);
    }
}
