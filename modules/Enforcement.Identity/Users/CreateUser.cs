using Enforcement.Identity.Passwords;
using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.Users;

/// <summary>The administrator creates an account with its roles (and, for a liaison, its department).</summary>
public sealed record CreateUser(string? Username, string? DisplayName, string? Password, IReadOnlyList<string>? Roles,
    string? Department = null, string? Badge = null) : ICommand<Result<UserView>>;

internal sealed class CreateUserHandler(IdentityDbContext db, StateRecorder recorder, TimeProvider clock, SignInOptions options, ILoadedModules modules)
    : IRequestHandler<CreateUser, Result<UserView>>
{
    public async Task<Result<UserView>> Handle(CreateUser r, CancellationToken ct)
    {
        var username = UsernameRule.Normalize(r.Username);
        var roles = (r.Roles ?? []).Select(x => x.Trim()).Where(x => x.Length > 0).Distinct().ToList();
        var errors = RoleRule.Check(roles, r.Department, modules.All.Select(m => m.Key).ToList());
        if (UsernameRule.Check(r.Username) is { } badName) errors["username"] = [badName];
        if (string.IsNullOrWhiteSpace(r.DisplayName) || r.DisplayName.Trim().Length > 64) errors["displayName"] = ["须填写姓名（displayName，最多 64 字）"];
        if (PasswordRule.Check(username, r.Password) is { } badPassword) errors["password"] = [badPassword];
        if (r.Badge is { Length: > 32 }) errors["badge"] = ["执法证号最多 32 个字符"];
        if (errors.Count > 0) return new Problem(ProblemKind.Invalid, "账户信息不完整或有误", errors);
        if (await db.Users.AnyAsync(u => u.Username == username, ct))
            return new Problem(ProblemKind.Conflict, $"用户名 {username} 已存在");

        var user = await AddAsync(db, clock, options, username, r.DisplayName!.Trim(), r.Password!, roles,
            string.IsNullOrWhiteSpace(r.Department) ? null : r.Department.Trim(),
            string.IsNullOrWhiteSpace(r.Badge) ? null : r.Badge.Trim(), ct);
        var view = UserView.Of(user);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username, "user-created", null, view, ct);
        return view;
    }

    /// <summary>Stores a new user with a freshly salted hash; also used for the first administrator.</summary>
    internal static async Task<User> AddAsync(IdentityDbContext db, TimeProvider clock, SignInOptions options, string username,
        string displayName, string password, IReadOnlyList<string> roles, string? department, string? badge, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var hashed = PasswordHasher.Hash(password, options.PasswordIterations);
        var user = new User
        {
            Id = Guid.CreateVersion7(now),
            Username = username,
            DisplayName = displayName,
            PasswordHash = hashed.Hash,
            PasswordSalt = hashed.Salt,
            PasswordIterations = hashed.Iterations,
            Roles = string.Join(' ', roles),
            Department = department,
            Badge = badge,
            Active = true,
            CreatedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return user;
    }
}
