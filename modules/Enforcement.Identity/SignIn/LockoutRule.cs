using Enforcement.Identity.Users;

namespace Enforcement.Identity.SignIn;

/// <summary>
/// After <c>MaxFailedAttempts</c> wrong passwords in a row the account is locked for <c>LockoutDuration</c>.
/// While locked even the right password is refused, and attempts do not count. When the lock has run
/// out the count starts afresh; a successful sign-in or an administrator's unlock clears it.
/// </summary>
internal sealed class LockoutRule(int maxFailedAttempts, TimeSpan duration)
{
    public LockoutRule(SignInOptions options) : this(options.MaxFailedAttempts, options.LockoutDuration) { }

    public bool IsLocked(User user, DateTime now) => user.LockedUntil > now;

    /// <summary>Forgets a lock that has run out, so the next attempt starts with a clean count.</summary>
    public void ExpireLock(User user, DateTime now)
    {
        if (user.LockedUntil is { } until && until <= now)
        {
            user.LockedUntil = null;
            user.FailedAttempts = 0;
        }
    }

    /// <summary>Counts a wrong password; true when this one locked the account.</summary>
    public bool RecordFailure(User user, DateTime now)
    {
        user.FailedAttempts++;
        if (user.FailedAttempts < maxFailedAttempts) return false;
        user.LockedUntil = now + duration;
        return true;
    }

    public static void Clear(User user)
    {
        user.FailedAttempts = 0;
        user.LockedUntil = null;
    }
}
