using Enforcement.Identity.Passwords;
using Enforcement.Identity.Tokens;
using Enforcement.Identity.Users;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Identity.SignIn;

/// <summary>
/// A signed-in user changes its own password, giving the current one (checked under the lockout rule,
/// so this is no way round it). The user's other sessions end; the one it came with stays.
/// </summary>
/// <remarks>Not a Result, for the reason <see cref="SignIn"/> gives: a wrong password must still count.</remarks>
internal sealed record ChangeOwnPassword(string Username, string? CurrentPassword, string? NewPassword, Guid? SessionId)
    : ICommand<OwnPasswordOutcome>;

internal enum OwnPasswordStatus
{
    Changed,
    WrongPassword,
    Locked,
    Refused,
}

internal sealed record OwnPasswordOutcome(OwnPasswordStatus Status, string? Reason = null, DateTimeOffset? LockedUntil = null);

internal sealed class ChangeOwnPasswordHandler(UserLookup users, PasswordCheck passwords, TokenIssuer tokens, StateRecorder recorder,
    TimeProvider clock, SignInOptions options) : IRequestHandler<ChangeOwnPassword, OwnPasswordOutcome>
{
    public async Task<OwnPasswordOutcome> Handle(ChangeOwnPassword r, CancellationToken ct)
    {
        var user = await users.FindAsync(r.Username, ct);
        if (user is null || !user.Active) return new OwnPasswordOutcome(OwnPasswordStatus.Refused, "只有有效的用户账户可以修改密码");
        switch (await passwords.CheckAsync(user, r.CurrentPassword ?? "", ct))
        {
            case PasswordVerdict.Locked: return new OwnPasswordOutcome(OwnPasswordStatus.Locked, LockedUntil: PasswordCheck.LockedUntil(user));
            case PasswordVerdict.Wrong: return new OwnPasswordOutcome(OwnPasswordStatus.WrongPassword, "当前密码不正确");
        }
        if (PasswordRule.Check(user.Username, r.NewPassword) is { } bad) return new OwnPasswordOutcome(OwnPasswordStatus.Refused, bad);

        var hashed = PasswordHasher.Hash(r.NewPassword!, options.PasswordIterations);
        (user.PasswordHash, user.PasswordSalt, user.PasswordIterations) = (hashed.Hash, hashed.Salt, hashed.Iterations);
        LockoutRule.Clear(user);
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        var ended = await tokens.RevokeAllAsync(user, ct, keep: r.SessionId);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username, "password-changed", null,
            new { user.Username, bySelf = true, sessionsEnded = ended }, ct);
        return new OwnPasswordOutcome(OwnPasswordStatus.Changed);
    }
}
