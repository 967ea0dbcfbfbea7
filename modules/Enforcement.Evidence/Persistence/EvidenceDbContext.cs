using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Evidence.Persistence;

internal sealed class EvidenceDbContext(DbContextOptions<EvidenceDbContext> options, UnitOfWork unitOfWork)
    : ModuleDbContext(options, unitOfWork)
{
    public const string Prefix = "evidence";

    public DbSet<Attachment> Attachments => Set<Attachment>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<Attachment>(e =>
        {
            e.ToTable($"{Prefix}_attachments");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();   // ids are assigned in code (version-7 GUIDs)
            e.Property(x => x.Jurisdiction).HasMaxLength(64);
            e.Property(x => x.Step).HasMaxLength(32);
            e.Property(x => x.Kind).HasMaxLength(16);
            e.Property(x => x.DisplayName).HasMaxLength(128);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.Location).HasMaxLength(500);
            e.Property(x => x.Officer).HasMaxLength(64);
            e.Property(x => x.Description).HasMaxLength(2000);
            e.Property(x => x.UploadedBy).HasMaxLength(64);
            e.Ignore(x => x.CapturedAtOffset);
            e.HasIndex(x => new { x.CaseId, x.UploadedAt });
            e.HasIndex(x => x.Sha256);
        });
    }
}

internal sealed class EvidenceDesignTimeFactory : IDesignTimeDbContextFactory<EvidenceDbContext>
{
    public EvidenceDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create<EvidenceDbContext>(EvidenceDbContext.Prefix, (o, u) => new EvidenceDbContext(o, u));
}
