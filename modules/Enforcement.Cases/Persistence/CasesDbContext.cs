using Enforcement.Cases.Cases;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Cases.Persistence;

internal sealed class CasesDbContext(DbContextOptions<CasesDbContext> options, UnitOfWork unitOfWork)
    : ModuleDbContext(options, unitOfWork)
{
    public const string Prefix = "cases";

    public DbSet<Case> Cases => Set<Case>();
    public DbSet<Clock> Clocks => Set<Clock>();
    public DbSet<Procedure.Proceeding> Proceedings => Set<Procedure.Proceeding>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Case>(e =>
        {
            e.ToTable($"{Prefix}_cases");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();   // ids are assigned in code (version-7 GUIDs)
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => x.WorkOrderId);
            e.HasIndex(x => new { x.Status, x.OpenedAt });
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Revision).IsConcurrencyToken();
            e.HasMany(x => x.Clocks).WithOne().HasForeignKey(k => k.CaseId);
            e.HasOne(x => x.Proceeding).WithOne().HasForeignKey<Procedure.Proceeding>(p => p.CaseId);
            e.Navigation(x => x.Proceeding).AutoInclude();   // every view of a case shows its procedure
        });
        b.Entity<Procedure.Proceeding>(e =>
        {
            e.ToTable($"{Prefix}_proceedings");
            e.HasKey(x => x.CaseId);
            e.HasIndex(x => x.DecisionNumber).IsUnique();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(12);
            e.Property(x => x.Stage).HasConversion<string>().HasMaxLength(16);
        });
        b.Entity<Clock>(e =>
        {
            e.ToTable($"{Prefix}_clocks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();   // ids are assigned in code (version-7 GUIDs)
            e.HasIndex(x => new { x.StoppedAt, x.OverdueAt, x.DueAt });   // the sweep's query
        });
    }
}

internal sealed class CasesDesignTimeFactory : IDesignTimeDbContextFactory<CasesDbContext>
{
    public CasesDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create<CasesDbContext>(CasesDbContext.Prefix, (o, u) => new CasesDbContext(o, u));
}
