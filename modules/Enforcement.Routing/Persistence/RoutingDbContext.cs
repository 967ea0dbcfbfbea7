using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Routing.Persistence;

internal sealed class RoutingDbContext(DbContextOptions<RoutingDbContext> options, UnitOfWork unitOfWork)
    : ModuleDbContext(options, unitOfWork)
{
    public const string Prefix = "routing";

    public DbSet<LearnedRoute> LearnedRoutes => Set<LearnedRoute>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<LearnedRoute>(e =>
        {
            e.ToTable($"{Prefix}_learned_routes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Text).HasMaxLength(4000);
            e.Property(x => x.ChosenItemCode).HasMaxLength(40);
            e.Property(x => x.SuggestedItemCode).HasMaxLength(40);
            e.HasIndex(x => x.At);
        });
    }
}

internal sealed class RoutingDesignTimeFactory : IDesignTimeDbContextFactory<RoutingDbContext>
{
    public RoutingDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create<RoutingDbContext>(RoutingDbContext.Prefix, (o, u) => new RoutingDbContext(o, u));
}
