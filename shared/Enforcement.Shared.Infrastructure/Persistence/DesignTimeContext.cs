using Microsoft.EntityFrameworkCore;

namespace Enforcement.Shared.Infrastructure.Persistence;

/// <summary>Builds a module DbContext for `dotnet ef migrations add`, on a throw-away SQLite file.</summary>
public static class DesignTimeContext
{
    public static TContext Create<TContext>(string tablePrefix, Func<DbContextOptions<TContext>, UnitOfWork, TContext> factory)
        where TContext : ModuleDbContext
    {
        var provider = new SqliteDatabaseProvider(Path.Combine(Path.GetTempPath(), "enforcement-design.db"));
        var unitOfWork = new UnitOfWork(provider);
        var options = new DbContextOptionsBuilder<TContext>();
        provider.Configure(options, unitOfWork.Connection, $"{tablePrefix}_ef_migrations");
        return factory(options.Options, unitOfWork);
    }
}
