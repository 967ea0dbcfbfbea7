using Enforcement.Identity.Passwords;
using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Identity.Users;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.SignIn;

/// <summary>Signs a user in with user name and password, issuing a bearer token or a cookie session.</summary>
/// <remarks>
/// The answer is deliberately not a <see cref="Result{T}"/>: a refused attempt must still commit (the
/// failure count, a lock, the record), and the bus rolls a refused Result back.
/// </remarks>
internal sealed record SignIn(string? Username, string? Password, string Kind) : ICommand<SignInOutcome>;

internal enum SignInStatus
{
    SignedIn,
    /// <summary>Unknown user or wrong password — the caller is not told which.</summary>
    Refused,
    Locked,
    /// <summary>Right password, deactivated account.</summary>
    Inactive,
}

internal sealed record SignInOutcome(SignInStatus Status, IssuedToken? Token = null, UserView? User = null, DateTimeOffset? LockedUntil = null);

internal sealed class SignInHandler(IdentityDbContext db, TokenIssuer tokens, StateRecorder recorder, TimeProvider clock, SignInOptions options)
    : IRequestHandler<SignIn, SignInOutcome>
{
    public async Task<SignInOutcome> Handle(SignIn request, CancellationToken ct)
    {
        var username = UsernameRule.Normalize(request.Username);
        var password = request.Password ?? "";
        var user = username.Length == 0 ? null : await db.Users.FirstOrDefaultAsync(u => u.Username == username, ct);
        if (user is null)
        {
            PasswordHasher.VerifyDecoy(password, options.PasswordIterations);
            return new SignInOutcome(SignInStatus.Refused);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var lockout = new LockoutRule(options);
        lockout.ExpireLock(user, now);
        if (lockout.IsLocked(user, now)) return Locked(user);

        if (!PasswordHasher.Verify(password, new HashedPassword(user.PasswordHash, user.PasswordSalt, user.PasswordIterations)))
            return await FailAsync(user, lockout, now, ct);
        if (!user.Active) return new SignInOutcome(SignInStatus.Inactive);

        LockoutRule.Clear(user);
        if (user.PasswordIterations < options.PasswordIterations) Rehash(user, password);   // upgrade an older, cheaper hash
        user.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        var token = await tokens.IssueAsync(user, request.Kind, ct);
        return new SignInOutcome(SignInStatus.SignedIn, token, UserView.Of(user));
    }

    private async Task<SignInOutcome> FailAsync(User user, LockoutRule lockout, DateTime now, CancellationToken ct)
    {
        var before = UserView.Of(user);
        var locked = lockout.RecordFailure(user, now);
        user.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username,
            locked ? "locked" : "sign-in-failed", before, UserView.Of(user), ct);
        return locked ? Locked(user) : new SignInOutcome(SignInStatus.Refused);
    }

    private void Rehash(User user, string password)
    {
        var hashed = PasswordHasher.Hash(password, options.PasswordIterations);
        (user.PasswordHash, user.PasswordSalt, user.PasswordIterations) = (hashed.Hash, hashed.Salt, hashed.Iterations);
    }

    private static SignInOutcome Locked(User user) =>
        new(SignInStatus.Locked, LockedUntil: new DateTimeOffset(DateTime.SpecifyKind(user.LockedUntil!.Value, DateTimeKind.Utc)));
}
