using Enforcement.Identity.SignIn;
using Enforcement.Identity.Users;

namespace Enforcement.Tests.Auth.Rules;

public sealed class LockoutRuleTests
{
    private static readonly DateTime Now = new(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);
    private readonly LockoutRule _rule = new(5, TimeSpan.FromMinutes(15));

    [Test]
    public void The_fifth_wrong_password_in_a_row_locks_for_fifteen_minutes()
    {
        var user = new User();
        var locked = Enumerable.Range(0, 5).Select(_ => _rule.RecordFailure(user, Now)).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(locked, Is.EqualTo(new[] { false, false, false, false, true }));
            Assert.That(user.LockedUntil, Is.EqualTo(Now.AddMinutes(15)));
            Assert.That(_rule.IsLocked(user, Now.AddMinutes(14)), Is.True);
            Assert.That(_rule.IsLocked(user, Now.AddMinutes(15)), Is.False);
        });
    }

    [Test]
    public void A_lock_that_ran_out_starts_the_count_afresh()
    {
        var user = new User { FailedAttempts = 5, LockedUntil = Now };
        _rule.ExpireLock(user, Now.AddSeconds(1));
        Assert.Multiple(() =>
        {
            Assert.That(user.LockedUntil, Is.Null);
            Assert.That(user.FailedAttempts, Is.Zero);
            Assert.That(_rule.RecordFailure(user, Now), Is.False, "one wrong password after the lock is not a new lock");
        });
    }

    [Test]
    public void A_lock_still_running_is_not_expired()
    {
        var user = new User { FailedAttempts = 5, LockedUntil = Now.AddMinutes(1) };
        _rule.ExpireLock(user, Now);
        Assert.That(user.LockedUntil, Is.EqualTo(Now.AddMinutes(1)));
    }

    [Test]
    public void Clearing_forgets_failures_and_the_lock()
    {
        var user = new User { FailedAttempts = 3, LockedUntil = Now.AddMinutes(5) };
        LockoutRule.Clear(user);
        Assert.Multiple(() =>
        {
            Assert.That(user.FailedAttempts, Is.Zero);
            Assert.That(_rule.IsLocked(user, Now), Is.False);
        });
    }
}
