using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Identity.FirstStart;

/// <summary>
/// First start: no installation shares a default password. The operator sets
/// <c>ENFORCEMENT_ADMIN_PASSWORD</c>, or the host generates one and writes it to the console once.
/// </summary>
public static class FirstAdmin
{
    /// <summary>Read from configuration, so the environment variable or any other source (tests) can set it.</summary>
    public const string PasswordVariable = "ENFORCEMENT_ADMIN_PASSWORD";

    public static async Task EnsureAsync(IServiceProvider services, TextWriter console, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var configured = scope.ServiceProvider.GetRequiredService<IConfiguration>()[PasswordVariable];
        FirstAdminOutcome outcome;
        try
        {
            outcome = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new EnsureFirstAdmin(configured), ct);
        }
        catch (DbUpdateException)
        {
            return;   // another host on the same database created it at the same moment
        }
        if (outcome.GeneratedPassword is null) return;

        // Written after the commit, once: the database keeps only the hash, so this line is the only copy.
        await console.WriteLineAsync(
            $"首次启动：已创建系统管理员账户 admin，初始密码：{outcome.GeneratedPassword} （仅显示这一次，请登录后立即修改）" +
            $" | First start: created the account 'admin' with the generated password {outcome.GeneratedPassword} (shown only this once; change it after signing in).");
        await console.FlushAsync(ct);
    }
}
