using Enforcement.Identity.Passwords;
using Enforcement.Identity.Persistence;
using Enforcement.Identity.Tokens;
using Enforcement.Identity.Users;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Identity.FirstStart;

/// <summary>
/// On first start (no users at all) creates the set-up account <c>admin</c> with the given password,
/// or a generated one. Answers the generated password, to be shown once, or null when nothing was generated.
/// </summary>
internal sealed record EnsureFirstAdmin(string? ConfiguredPassword) : ICommand<FirstAdminOutcome>;

internal sealed record FirstAdminOutcome(bool Created, string? GeneratedPassword);

internal sealed class EnsureFirstAdminHandler(IdentityDbContext db, StateRecorder recorder, TimeProvider clock, SignInOptions options)
    : IRequestHandler<EnsureFirstAdmin, FirstAdminOutcome>
{
    public const string Username = "admin";

    public async Task<FirstAdminOutcome> Handle(EnsureFirstAdmin request, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(ct)) return new FirstAdminOutcome(false, null);

        var generated = string.IsNullOrEmpty(request.ConfiguredPassword) ? Secrets.NewPassword() : null;
        var password = generated ?? request.ConfiguredPassword!;
        if (PasswordRule.Check(Username, password) is { } bad)
            throw new IdentitySetupException($"环境变量 {FirstAdmin.PasswordVariable} 给出的初始管理员密码不可用：{bad}。请改用更长的密码，或不设此变量以自动生成。");

        var user = await CreateUserHandler.AddAsync(db, clock, options, Username, "系统管理员", password, [Roles.Admin], null, null, ct);
        await recorder.RecordAsync(IdentityRecord.Jurisdiction, IdentityRecord.User, user.Username, "user-created", null,
            new { view = UserView.Of(user), passwordFrom = generated is null ? "environment" : "generated" }, ct);
        return new FirstAdminOutcome(true, generated);
    }
}

/// <summary>The first administrator cannot be set up as configured; start-up stops with the reason.</summary>
public sealed class IdentitySetupException(string message) : Exception(message);
