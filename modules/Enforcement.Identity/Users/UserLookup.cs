using Enforcement.Identity.Persistence;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.Users;

/// <summary>Finds a user by name for a change (tracked, so the change is saved).</summary>
[ModuleService]
internal sealed class UserLookup(IdentityDbContext db)
{
    public Task<User?> FindAsync(string username, CancellationToken ct)
    {
        var name = UsernameRule.Normalize(username);
        return db.Users.FirstOrDefaultAsync(u => u.Username == name, ct);
    }

    public static Problem NotFound(string username) => new(ProblemKind.NotFound, $"用户 {username} 不存在");
}
