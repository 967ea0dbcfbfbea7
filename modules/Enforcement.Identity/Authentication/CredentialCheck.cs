using System.Security.Claims;
using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.Authentication;

/// <summary>
/// Turns a presented secret into a principal, looked up by its SHA-256 on every request: a revoked
/// token, a deactivated user or a changed role takes effect at once.
/// </summary>
[ModuleService]
internal sealed class CredentialCheck(IdentityDbContext db, TimeProvider clock)
{
    public async Task<ClaimsPrincipal?> SessionAsync(string secret, string via, CancellationToken ct)
    {
        var hash = Secrets.Hash(secret);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = await (
                from t in db.Tokens.AsNoTracking()
                join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                where t.TokenHash == hash && t.Kind == via && t.RevokedAt == null && t.ExpiresAt > now && u.Active
                select new { TokenId = t.Id, User = u })
            .FirstOrDefaultAsync(ct);
        if (found is null) return null;

        var user = found.User;
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, user.Username),
            new(ActorClaims.DisplayName, user.DisplayName),
            new(ActorClaims.CredentialId, found.TokenId.ToString()),
        };
        claims.AddRange(user.RoleList.Select(r => new Claim(ClaimTypes.Role, r)));
        if (user.Department is not null) claims.Add(new Claim(ActorClaims.Department, user.Department));
        if (user.Badge is not null) claims.Add(new Claim(ActorClaims.Badge, user.Badge));
        return Principal(claims, via);
    }

    public async Task<ClaimsPrincipal?> ChannelKeyAsync(string secret, CancellationToken ct)
    {
        var hash = Secrets.Hash(secret);
        var key = await db.ChannelKeys.AsNoTracking().FirstOrDefaultAsync(k => k.KeyHash == hash && k.RevokedAt == null, ct);
        if (key is null) return null;
        return Principal(
        [
            new(ClaimTypes.Name, key.ActorName),
            new(ActorClaims.DisplayName, key.Name),
            new(ActorClaims.CredentialId, key.Id.ToString()),
            new(ClaimTypes.Role, Roles.Channel),
            new(ActorClaims.Channel, key.Channel),
        ], ActorClaims.Via.ApiKey);
    }

    private static ClaimsPrincipal Principal(IEnumerable<Claim> claims, string via) =>
        new(new ClaimsIdentity(claims, via, ClaimTypes.Name, ClaimTypes.Role));
}
