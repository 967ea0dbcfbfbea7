using Enforcement.Catalogue.Delegations;
using Enforcement.Catalogue.Installation;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Catalogue.Persistence;

internal sealed class CatalogueDbContext(DbContextOptions<CatalogueDbContext> options, UnitOfWork unitOfWork)
    : ModuleDbContext(options, unitOfWork)
{
    public const string Prefix = "catalogue";

    public DbSet<Delegation> Delegations => Set<Delegation>();
    public DbSet<ModuleInstallation> Installations => Set<ModuleInstallation>();
    public DbSet<ModuleUpdateRecord> Updates => Set<ModuleUpdateRecord>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Delegation>(e =>
        {
            e.ToTable($"{Prefix}_delegations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.Jurisdiction, x.ItemCode, x.EffectiveFrom }).IsUnique();
            e.Property(x => x.Mode).HasMaxLength(20);
        });
        b.Entity<ModuleInstallation>(e =>
        {
            e.ToTable($"{Prefix}_module_installations");
            e.HasKey(x => x.ModuleKey);
        });
        b.Entity<ModuleUpdateRecord>(e =>
        {
            e.ToTable($"{Prefix}_module_updates");
            e.HasKey(x => new { x.ModuleKey, x.ToVersion });   // a step runs once
        });
    }
}

internal sealed class CatalogueDesignTimeFactory : IDesignTimeDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create<CatalogueDbContext>(CatalogueDbContext.Prefix, (o, u) => new CatalogueDbContext(o, u));
}
