using Enforcement.Identity.Passwords;
using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Identity.Users;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;

namespace Enforcement.Identity.SignIn;

internal enum PasswordVerdict
{
    Right,
    Wrong,
    Locked,
}

/// <summary>
/// Checks a user's password under the lockout rule, wherever a password is presented (sign-in, a
/// change of one's own password): a wrong one counts towards the lock and is recorded.
/// </summary>
[ModuleService]
internal sealed class PasswordCheck(IdentityDbContext db, StateRecorder recorder, TimeProvider clock, SignInOptions options)
{
    public async Task<PasswordVerdict> CheckAsync(User user, string password, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var lockout = new LockoutRule(options);
        lockout.ExpireLock(user, now);
        if (lockout.IsLocked(user, now)) return PasswordVerdict.Locked;
        if (PasswordHasher.Verify(password, new HashedPassword(user.PasswordHash, user.PasswordSalt, user.PasswordIterations)))
            return PasswordVerdict.Right;

        var before = UserView.Of(user);
        var locked = lockout.RecordFailure(user, now);
        user.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username,
            locked ? "locked" : "sign-in-failed", before, UserView.Of(user), ct);
        return locked ? PasswordVerdict.Locked : PasswordVerdict.Wrong;
    }

    /// <summary>The moment a lock ends, for the caller to be told.</summary>
    public static DateTimeOffset LockedUntil(User user) =>
        new(DateTime.SpecifyKind(user.LockedUntil!.Value, DateTimeKind.Utc));
}
