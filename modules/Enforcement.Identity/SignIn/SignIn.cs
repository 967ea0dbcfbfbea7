using Enforcement.Identity.Passwords;
using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Identity.Users;
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

internal sealed class SignInHandler(IdentityDbContext db, PasswordCheck passwords, TokenIssuer tokens, TimeProvider clock, SignInOptions options)
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

        switch (await passwords.CheckAsync(user, password, ct))
        {
            case PasswordVerdict.Locked: return new SignInOutcome(SignInStatus.Locked, LockedUntil: PasswordCheck.LockedUntil(user));
            case PasswordVerdict.Wrong: return new SignInOutcome(SignInStatus.Refused);
        }
        if (!user.Active) return new SignInOutcome(SignInStatus.Inactive);

        LockoutRule.Clear(user);
        if (user.PasswordIterations < options.PasswordIterations) Rehash(user, password);   // upgrade an older, cheaper hash
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        var token = await tokens.IssueAsync(user, request.Kind, ct);
        return new SignInOutcome(SignInStatus.SignedIn, token, UserView.Of(user));
    }

    private void Rehash(User user, string password)
    {
        var hashed = PasswordHasher.Hash(password, options.PasswordIterations);
        (user.PasswordHash, user.PasswordSalt, user.PasswordIterations) = (hashed.Hash, hashed.Salt, hashed.Iterations);
    }
}
