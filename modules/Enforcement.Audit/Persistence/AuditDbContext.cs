using Enforcement.Audit.Record;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Audit.Persistence;

internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options, UnitOfWork unitOfWork)
    : ModuleDbContext(options, unitOfWork)
{
    public const string Prefix = "audit";

    public DbSet<AuditEntry> Entries => Set<AuditEntry>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable($"{Prefix}_entries");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();   // the chain assigns it
            e.Property(x => x.Hash).HasMaxLength(64);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.HasIndex(x => new { x.EntityType, x.EntityId });
        });
    }
}

internal sealed class AuditDesignTimeFactory : IDesignTimeDbContextFactory<AuditDbContext>
{
    public AuditDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create<AuditDbContext>(AuditDbContext.Prefix, (o, u) => new AuditDbContext(o, u));
}
