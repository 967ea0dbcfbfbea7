using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.Users;

/// <summary>
/// The administrator deactivates an account (someone left): it can no longer sign in and its open
/// sessions end. Accounts are never deleted, so the record keeps naming who did what.
/// </summary>
public sealed record DeactivateUser(string Username) : ICommand<Result<UserView>>;

internal sealed class DeactivateUserHandler(UserLookup users, IdentityDbContext db, TokenIssuer tokens, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<DeactivateUser, Result<UserView>>
{
    public async Task<Result<UserView>> Handle(DeactivateUser r, CancellationToken ct)
    {
        var user = await users.FindAsync(r.Username, ct);
        if (user is null) return UserLookup.NotFound(r.Username);
        if (!user.Active) return UserView.Of(user);
        if (user.RoleList.Contains(Roles.Admin) && await IsLastActiveAdminAsync(user, ct))
            return new Problem(ProblemKind.Conflict, "不能停用最后一个有效的系统管理员账户，否则将无人能管理账户");

        var before = UserView.Of(user);
        user.Active = false;
        user.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await tokens.RevokeAllAsync(user, ct);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username, "deactivated", before, UserView.Of(user), ct);
        return UserView.Of(user);
    }

    private async Task<bool> IsLastActiveAdminAsync(User user, CancellationToken ct)
    {
        var admins = await db.Users.Where(u => u.Active && u.Id != user.Id).Select(u => u.Roles).ToListAsync(ct);
        return !admins.Any(roles => roles.Split(' ').Contains(Roles.Admin));
    }
}
