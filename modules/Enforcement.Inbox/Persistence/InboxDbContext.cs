using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Inbox.Persistence;

internal sealed class InboxDbContext(DbContextOptions<InboxDbContext> options, UnitOfWork unitOfWork)
    : ModuleDbContext(options, unitOfWork)
{
    public const string Prefix = "inbox";

    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<WorkOrder>(e =>
        {
            e.ToTable($"{Prefix}_work_orders");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();   // ids are assigned in code (version-7 GUIDs)
            e.HasIndex(x => new { x.Channel, x.ExternalId }).IsUnique();   // intake is idempotent on these
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.Status, x.ReceivedAt });
            e.HasIndex(x => new { x.Jurisdiction, x.ReportedAt });   // the duplicate check's window
            e.HasIndex(x => x.DuplicateOfId);
            e.HasIndex(x => new { x.Channel, x.UpdatedAt });          // write-back
            e.Ignore(x => x.MatterItem);
            e.Property(x => x.TopItemCode).HasMaxLength(64);
            e.Property(x => x.UnlinkReason).HasMaxLength(500);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Channel).HasMaxLength(32);
            e.Property(x => x.ExternalId).HasMaxLength(100);
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.Jurisdiction).HasMaxLength(32);
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.Address).HasMaxLength(500);
        });
    }
}

internal sealed class InboxDesignTimeFactory : IDesignTimeDbContextFactory<InboxDbContext>
{
    public InboxDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create<InboxDbContext>(InboxDbContext.Prefix, (o, u) => new InboxDbContext(o, u));
}
