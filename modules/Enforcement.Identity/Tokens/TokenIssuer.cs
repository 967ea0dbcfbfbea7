using Enforcement.Identity.Persistence;
using Enforcement.Identity.Users;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.Tokens;

/// <summary>An issued session: the secret (given to the caller once) and when it runs out.</summary>
internal sealed record IssuedToken(Guid Id, string Token, DateTimeOffset ExpiresAt);

/// <summary>Issues and revokes sessions; each change is recorded, never the secret.</summary>
[ModuleService]
internal sealed class TokenIssuer(IdentityDbContext db, StateRecorder recorder, TimeProvider clock, SignInOptions options)
{
    public const string Bearer = "bearer";
    public const string Cookie = "cookie";

    public async Task<IssuedToken> IssueAsync(User user, string kind, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var secret = Secrets.NewToken();
        var token = new AccessToken
        {
            Id = Guid.CreateVersion7(now),
            TokenHash = Secrets.Hash(secret),
            UserId = user.Id,
            Kind = kind,
            IssuedAt = now.UtcDateTime,
            ExpiresAt = (now + options.TokenLifetime).UtcDateTime,
        };
        db.Tokens.Add(token);
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username, "signed-in", null,
            new { tokenId = token.Id, kind, expiresAt = now + options.TokenLifetime }, ct);
        return new IssuedToken(token.Id, secret, now + options.TokenLifetime);
    }

    /// <summary>Ends one session (sign-out); false when it was already ended.</summary>
    public async Task<bool> RevokeAsync(Guid tokenId, string username, CancellationToken ct)
    {
        var token = await db.Tokens.FirstOrDefaultAsync(t => t.Id == tokenId, ct);
        if (token is null || token.RevokedAt is not null) return false;
        token.RevokedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, username, "signed-out", null,
            new { tokenId = token.Id, token.Kind }, ct);
        return true;
    }

    /// <summary>Ends every open session of a user but <paramref name="keep"/> (password changed, account deactivated); returns how many.</summary>
    public async Task<int> RevokeAllAsync(User user, CancellationToken ct, Guid? keep = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.Tokens.Where(t => t.UserId == user.Id && t.RevokedAt == null && t.ExpiresAt > now && t.Id != keep).ToListAsync(ct);
        foreach (var t in open) t.RevokedAt = now;
        await db.SaveChangesAsync(ct);
        return open.Count;
    }
}

/// <summary>How the identity module names its entries in the record. Users serve every sub-district.</summary>
internal static class IdentityRecord
{
    public const string Jurisdiction = "*";
    public const string User = "user";
    public const string ChannelKey = "channel-key";
}
