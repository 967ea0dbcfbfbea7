using Enforcement.Shared.Infrastructure.Persistence;
using Enforcement.Workforce.DutyChecks;
using Enforcement.Workforce.Roster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Workforce.Persistence;

internal sealed class WorkforceDbContext(DbContextOptions<WorkforceDbContext> options, UnitOfWork unitOfWork)
    : ModuleDbContext(options, unitOfWork)
{
    public const string Prefix = "workforce";

    public DbSet<Officer> Officers => Set<Officer>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<Acknowledgement> Acknowledgements => Set<Acknowledgement>();
    public DbSet<Interest> Interests => Set<Interest>();
    public DbSet<DutyCheck> DutyChecks => Set<DutyCheck>();
    public DbSet<DutyPlan> DutyPlans => Set<DutyPlan>();
    public DbSet<PlannedCheck> PlannedChecks => Set<PlannedCheck>();

    /// <summary>An officer with everything the rules and the views read.</summary>
    public IQueryable<Officer> OfficersWithRecords => Officers
        .Include(o => o.Certificates).Include(o => o.Acknowledgements).Include(o => o.Interests).AsSplitQuery();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Officer>(e =>
        {
            e.ToTable($"{Prefix}_officers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.Badge).IsUnique();
            e.HasIndex(x => x.Username).IsUnique();          // SQLite lets many rows have none
            e.Property(x => x.Badge).HasMaxLength(32);
            e.Property(x => x.Duty).HasMaxLength(20);
            e.Property(x => x.Role).HasMaxLength(30);
            e.Ignore(x => x.Label);
            e.HasMany(x => x.Certificates).WithOne().HasForeignKey(c => c.OfficerId);
            e.HasMany(x => x.Acknowledgements).WithOne().HasForeignKey(a => a.OfficerId);
            e.HasMany(x => x.Interests).WithOne().HasForeignKey(i => i.OfficerId);
        });
        b.Entity<Certificate>(e =>
        {
            e.ToTable($"{Prefix}_certificates");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.Number).IsUnique();
            e.Ignore(x => x.RevokedOn);
        });
        b.Entity<Acknowledgement>(e =>
        {
            e.ToTable($"{Prefix}_acknowledgements");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.TextHash).HasMaxLength(64);
        });
        b.Entity<Interest>(e =>
        {
            e.ToTable($"{Prefix}_interests");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
        });
        b.Entity<DutyCheck>(e =>
        {
            e.ToTable($"{Prefix}_duty_checks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Result).HasMaxLength(20);
            e.HasOne(x => x.Officer).WithMany().HasForeignKey(x => x.OfficerId);
            e.HasIndex(x => new { x.Jurisdiction, x.Day });
            e.HasIndex(x => new { x.Result, x.DueBy });          // the job's query for missed checks
        });
        b.Entity<DutyPlan>(e =>
        {
            e.ToTable($"{Prefix}_duty_plans");
            e.HasKey(x => new { x.Jurisdiction, x.Day });         // one plan a day: made once
            e.HasMany(x => x.Checks).WithOne().HasForeignKey(c => new { c.Jurisdiction, c.Day });
        });
        b.Entity<PlannedCheck>(e =>
        {
            e.ToTable($"{Prefix}_planned_checks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => new { x.Outcome, x.At });
        });
    }
}

internal sealed class WorkforceDesignTimeFactory : IDesignTimeDbContextFactory<WorkforceDbContext>
{
    public WorkforceDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create<WorkforceDbContext>(WorkforceDbContext.Prefix, (o, u) => new WorkforceDbContext(o, u));
}
