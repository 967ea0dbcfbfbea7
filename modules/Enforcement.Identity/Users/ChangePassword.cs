using Enforcement.Identity.Passwords;
using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Identity.Users;

/// <summary>The administrator sets a new password; the user's open sessions end with the old one.</summary>
public sealed record ChangePassword(string Username, string? Password) : ICommand<Result<UserView>>;

internal sealed class ChangePasswordHandler(UserLookup users, TokenIssuer tokens, StateRecorder recorder, TimeProvider clock, SignInOptions options)
    : IRequestHandler<ChangePassword, Result<UserView>>
{
    public async Task<Result<UserView>> Handle(ChangePassword r, CancellationToken ct)
    {
        var user = await users.FindAsync(r.Username, ct);
        if (user is null) return UserLookup.NotFound(r.Username);
        if (PasswordRule.Check(user.Username, r.Password) is { } bad)
            return new Problem(ProblemKind.Invalid, bad, new Dictionary<string, string[]> { ["password"] = [bad] });

        var hashed = PasswordHasher.Hash(r.Password!, options.PasswordIterations);
        (user.PasswordHash, user.PasswordSalt, user.PasswordIterations) = (hashed.Hash, hashed.Salt, hashed.Iterations);
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var ended = await tokens.RevokeAllAsync(user, ct);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username, "password-changed", null,
            new { user.Username, sessionsEnded = ended }, ct);
        return UserView.Of(user);
    }
}
