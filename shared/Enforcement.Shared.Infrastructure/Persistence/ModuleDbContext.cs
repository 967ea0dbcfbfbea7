using Microsoft.EntityFrameworkCore;

namespace Enforcement.Shared.Infrastructure.Persistence;

/// <summary>
/// Base of every workflow module's DbContext. SQLite has no schemas, so each module prefixes its
/// tables (and its migrations-history table) with its own name.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    protected ModuleDbContext(DbContextOptions options, UnitOfWork unitOfWork) : base(options)
    {
        unitOfWork.Enlist(this);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Timestamps are stored as UTC DateTime: every provider orders and compares them natively.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }
}
