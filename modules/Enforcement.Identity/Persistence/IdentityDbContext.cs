using Enforcement.Identity.ChannelKeys;
using Enforcement.Identity.Tokens;
using Enforcement.Identity.Users;
using Enforcement.Shared.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enforcement.Identity.Persistence;

internal sealed class IdentityDbContext(DbContextOptions<IdentityDbContext> options, UnitOfWork unitOfWork)
    : ModuleDbContext(options, unitOfWork)
{
    public const string Prefix = "identity";

    public DbSet<User> Users => Set<User>();
    public DbSet<AccessToken> Tokens => Set<AccessToken>();
    public DbSet<ChannelKey> ChannelKeys => Set<ChannelKey>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<User>(e =>
        {
            e.ToTable($"{Prefix}_users");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.Username).IsUnique();
            e.Property(x => x.Username).HasMaxLength(32);
            e.Property(x => x.DisplayName).HasMaxLength(64);
            e.Property(x => x.PasswordHash).HasMaxLength(128);
            e.Property(x => x.PasswordSalt).HasMaxLength(64);
            e.Property(x => x.Roles).HasMaxLength(200);
            e.Property(x => x.Department).HasMaxLength(64);
            e.Property(x => x.Badge).HasMaxLength(32);
            e.Ignore(x => x.RoleList);
        });
        b.Entity<AccessToken>(e =>
        {
            e.ToTable($"{Prefix}_tokens");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.TokenHash).IsUnique();
            e.HasIndex(x => x.UserId);
            e.Property(x => x.TokenHash).HasMaxLength(64);
            e.Property(x => x.Kind).HasMaxLength(16);
        });
        b.Entity<ChannelKey>(e =>
        {
            e.ToTable($"{Prefix}_channel_keys");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.HasIndex(x => x.KeyHash).IsUnique();
            e.Property(x => x.KeyHash).HasMaxLength(64);
            e.Property(x => x.Channel).HasMaxLength(32);
            e.Property(x => x.Name).HasMaxLength(64);
            e.Property(x => x.Hint).HasMaxLength(8);
            e.Property(x => x.IssuedBy).HasMaxLength(100);
            e.Property(x => x.RevokedBy).HasMaxLength(100);
            e.Ignore(x => x.ActorName);
        });
    }
}

internal sealed class IdentityDesignTimeFactory : IDesignTimeDbContextFactory<IdentityDbContext>
{
    public IdentityDbContext CreateDbContext(string[] args) =>
        DesignTimeContext.Create<IdentityDbContext>(IdentityDbContext.Prefix, (o, u) => new IdentityDbContext(o, u));
}
