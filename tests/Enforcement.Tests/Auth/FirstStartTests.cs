using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Auth;

/// <summary>
/// First start through the real host process: no installation has a default password. Without
/// ENFORCEMENT_ADMIN_PASSWORD the host generates one and prints it once; never again on later starts.
/// </summary>
[NonParallelizable]
public sealed partial class FirstStartTests
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(90);

    [Test]
    public async Task Without_the_variable_a_generated_password_is_printed_once_and_not_on_the_next_start()
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-first-").FullName;
        var plugins = PluginsJson.FromRepository().WriteTo(dir);
        string password;
        using (var first = HostProcess.StartWithoutAdminPassword(dir, plugins))
        {
            await first.WaitHealthyAsync(Startup);
            password = await GeneratedPasswordAsync(first);
            using var admin = await first.SignInAsync("admin", password);
            Assert.That((await admin.GetAsync("/api/users")).StatusCode, Is.EqualTo(HttpStatusCode.OK));
        }

        using (var second = HostProcess.StartWithoutAdminPassword(dir, plugins))
        {
            await second.WaitHealthyAsync(Startup);
            using var admin = await second.SignInAsync("admin", password);
            second.Kill();                                             // waits for the output readers
            Assert.That(second.StdOut, Does.Not.Contain("首次启动").And.Not.Contain(password));
        }
        Directory.Delete(dir, recursive: true);
    }

    [Test]
    public async Task Two_installations_get_different_passwords_and_neither_opens_the_other()
    {
        var dirs = new[] { Directory.CreateTempSubdirectory("enforcement-first-a-").FullName, Directory.CreateTempSubdirectory("enforcement-first-b-").FullName };
        using var a = HostProcess.StartWithoutAdminPassword(dirs[0], PluginsJson.FromRepository().WriteTo(dirs[0]));
        using var b = HostProcess.StartWithoutAdminPassword(dirs[1], PluginsJson.FromRepository().WriteTo(dirs[1]));
        await a.WaitHealthyAsync(Startup);
        await b.WaitHealthyAsync(Startup);
        var passwordA = await GeneratedPasswordAsync(a);
        var passwordB = await GeneratedPasswordAsync(b);

        using var http = new HttpClient { BaseAddress = b.BaseAddress };
        using var crossed = await http.PostAsJsonAsync("/api/auth/token", new { username = "admin", password = passwordA });
        Assert.Multiple(() =>
        {
            Assert.That(passwordA, Is.Not.EqualTo(passwordB));
            Assert.That(passwordA, Has.Length.GreaterThanOrEqualTo(20));
            Assert.That(crossed.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        });
        a.Kill();
        b.Kill();
        foreach (var dir in dirs) Directory.Delete(dir, recursive: true);
    }

    [Test]
    public async Task With_the_variable_set_nothing_is_printed_and_that_password_signs_in()
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-first-env-").FullName;
        using var host = HostProcess.Start(dir, PluginsJson.FromRepository().WriteTo(dir));
        await host.WaitHealthyAsync(Startup);
        using var admin = await host.AdminClientAsync();
        host.Kill();
        Assert.That(host.StdOut, Does.Not.Contain("首次启动").And.Not.Contain(host.AdminPassword!));
        Directory.Delete(dir, recursive: true);
    }

    private static async Task<string> GeneratedPasswordAsync(HostProcess host)
    {
        // The line is written before the host listens; the test's reader of its output may lag a moment.
        for (var i = 0; i < 100; i++)
        {
            var found = PasswordLine().Match(host.StdOut);
            if (found.Success) return found.Groups[1].Value;
            await Task.Delay(100);
        }
        Assert.Fail($"no generated password on the console: {host.StdOut}");
        return "";
    }

    [GeneratedRegex("首次启动：已创建系统管理员账户 admin，初始密码：(\\S+) ")]
    private static partial Regex PasswordLine();
}
