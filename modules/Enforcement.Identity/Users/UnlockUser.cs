using Enforcement.Identity.Persistence;
using Enforcement.Identity.SignIn;
using Enforcement.Identity.Tokens;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Identity.Users;

/// <summary>The administrator lifts a lockout before it runs out, and clears the failure count.</summary>
public sealed record UnlockUser(string Username) : ICommand<Result<UserView>>;

internal sealed class UnlockUserHandler(UserLookup users, IdentityDbContext db, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<UnlockUser, Result<UserView>>
{
    public async Task<Result<UserView>> Handle(UnlockUser r, CancellationToken ct)
    {
        var user = await users.FindAsync(r.Username, ct);
        if (user is null) return UserLookup.NotFound(r.Username);
        var before = UserView.Of(user);
        LockoutRule.Clear(user);
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username, "unlocked", before, UserView.Of(user), ct);
        return UserView.Of(user);
    }
}
