using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Enforcement.Identity.Passwords;
using Enforcement.Shared.Primitives;
using Microsoft.Data.Sqlite;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Auth;

[NonParallelizable]
public sealed class SignInTests
{
    [Test]
    public async Task A_token_from_user_name_and_password_opens_the_API()
    {
        using var host = new TestHost();
        var anonymous = new Api(host.Anonymous);
        var token = await anonymous.PostOk("/api/auth/token", new { username = "admin", password = host.AdminPassword });
        Assert.Multiple(() =>
        {
            Assert.That(token["token"]!.GetValue<string>(), Has.Length.GreaterThanOrEqualTo(43), "at least 32 random bytes");
            Assert.That(token["expiresAt"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start.AddDays(3650)));
            Assert.That(token["username"]!.GetValue<string>(), Is.EqualTo("admin"));
            Assert.That(token["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { Roles.Admin }));
        });

        using var client = host.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token["token"]!.GetValue<string>());
        var me = await new Api(client).GetOk("/api/auth/me");
        Assert.Multiple(() =>
        {
            Assert.That(me["username"]!.GetValue<string>(), Is.EqualTo("admin"));
            Assert.That(me["displayName"]!.GetValue<string>(), Is.EqualTo("系统管理员"));
        });
        Assert.That((await anonymous.Get("/api/cases")).Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await new Api(client).Get("/api/cases")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_401()
    {
        using var host = new TestHost();
        var anonymous = new Api(host.Anonymous);
        var (wrongStatus, wrong) = await anonymous.Post("/api/auth/token", new { username = "admin", password = "not-the-password" });
        var (unknownStatus, unknown) = await anonymous.Post("/api/auth/token", new { username = "nobody", password = "not-the-password" });
        Assert.Multiple(() =>
        {
            Assert.That(wrongStatus, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(unknownStatus, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(wrong!["detail"]!.GetValue<string>(), Is.EqualTo("用户名或密码错误。"));
            Assert.That(unknown!["detail"]!.GetValue<string>(), Is.EqualTo(wrong["detail"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task Five_wrong_passwords_lock_the_account_until_an_administrator_unlocks_it()
    {
        using var host = new TestHost();
        await host.UserAsync("zhang.dispatch", [Roles.Dispatcher]);
        var anonymous = new Api(host.Anonymous);
        var right = new { username = "zhang.dispatch", password = TestHost.UserPassword("zhang.dispatch") };
        var wrong = new { username = "zhang.dispatch", password = "guess-guess-guess" };

        for (var i = 1; i <= 4; i++)
            Assert.That((await anonymous.Post("/api/auth/token", wrong)).Status, Is.EqualTo(HttpStatusCode.Unauthorized), $"attempt {i}");
        var (fifth, locked) = await anonymous.Post("/api/auth/token", wrong);
        var (rightWhileLocked, stillLocked) = await anonymous.Post("/api/auth/token", right);
        Assert.Multiple(() =>
        {
            Assert.That(fifth, Is.EqualTo(HttpStatusCode.Locked));
            Assert.That(locked!["lockedUntil"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start.AddMinutes(15)));
            Assert.That(locked["detail"]!.GetValue<string>(), Does.Contain("已被锁定").And.Contain("2026-11-27 09:15"));
            Assert.That(rightWhileLocked, Is.EqualTo(HttpStatusCode.Locked), "even the right password waits for the lock");
            Assert.That(stillLocked!["detail"]!.GetValue<string>(), Does.Contain("2026-11-27 09:15"));
        });

        var user = (await host.Api.GetOk("/api/users")).AsArray().Single(u => u!["username"]!.GetValue<string>() == "zhang.dispatch")!;
        Assert.That(user["lockedUntil"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start.AddMinutes(15)));
        await host.Api.PostOk("/api/users/zhang.dispatch/unlock", null);
        Assert.That((await anonymous.Post("/api/auth/token", right)).Status, Is.EqualTo(HttpStatusCode.OK));

        var record = (await host.Api.GetOk("/api/audit?entityType=user&entityId=zhang.dispatch")).AsArray()
            .Select(e => e!["action"]!.GetValue<string>()).ToList();
        Assert.That(record, Is.EqualTo(new[]
        {
            "user-created", "signed-in", "sign-in-failed", "sign-in-failed", "sign-in-failed", "sign-in-failed", "locked", "unlocked", "signed-in",
        }));
    }

    [Test]
    public async Task A_lock_runs_out_after_fifteen_minutes()
    {
        using var host = new TestHost(settings: new() { ["Enforcement:Identity:MaxFailedAttempts"] = "3" });
        await host.UserAsync("li.officer", [Roles.Officer]);
        var anonymous = new Api(host.Anonymous);
        for (var i = 0; i < 3; i++) await anonymous.Post("/api/auth/token", new { username = "li.officer", password = "wrong-wrong-wrong" });
        var right = new { username = "li.officer", password = TestHost.UserPassword("li.officer") };
        Assert.That((await anonymous.Post("/api/auth/token", right)).Status, Is.EqualTo(HttpStatusCode.Locked), "three is the configured limit");

        host.Advance(TimeSpan.FromMinutes(15));
        Assert.That((await anonymous.Post("/api/auth/token", right)).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task A_token_expires_after_its_lifetime_and_a_signed_out_token_is_refused()
    {
        using var host = new TestHost(settings: new() { ["Enforcement:Identity:TokenLifetime"] = "08:00:00" });
        var officer = await host.UserAsync("wang.officer", [Roles.Officer]);
        var other = await host.SignInAsync("wang.officer", TestHost.UserPassword("wang.officer"));
        Assert.That((await officer.GetAsync("/api/cases")).StatusCode, Is.EqualTo(HttpStatusCode.OK));

        using (var signOut = await officer.PostAsync("/api/auth/logout", null))
            Assert.That(signOut.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var afterSignOut = await officer.GetAsync("/api/cases");
        var refusal = await afterSignOut.Content.ReadAsStringAsync();
        using var otherSession = await other.GetAsync("/api/cases");
        Assert.Multiple(() =>
        {
            Assert.That(afterSignOut.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(refusal, Does.Contain("令牌无效、已过期或已注销"));
            Assert.That(otherSession.StatusCode, Is.EqualTo(HttpStatusCode.OK), "signing out ends that session only");
        });

        host.Advance(TimeSpan.FromHours(8));
        Assert.That((await other.GetAsync("/api/cases")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "eight hours later");
    }

    [Test]
    public async Task A_new_password_or_deactivation_ends_the_users_sessions()
    {
        using var host = new TestHost();
        var officer = await host.UserAsync("chen.officer", [Roles.Officer]);
        await host.Api.PostOk("/api/users/chen.officer/password", new { password = "a-brand-new-password" });
        Assert.That((await officer.GetAsync("/api/cases")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));

        var again = await host.SignInAsync("chen.officer", "a-brand-new-password");
        await host.Api.PostOk("/api/users/chen.officer/deactivate", null);
        var (status, body) = await new Api(host.Anonymous).Post("/api/auth/token", new { username = "chen.officer", password = "a-brand-new-password" });
        using var afterDeactivation = await again.GetAsync("/api/cases");
        Assert.Multiple(() =>
        {
            Assert.That(afterDeactivation.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(status, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(body!["detail"]!.GetValue<string>(), Does.Contain("已停用"));
        });
    }

    [Test]
    public async Task A_user_changes_its_own_password_giving_the_current_one_and_its_other_sessions_end()
    {
        using var host = new TestHost();
        var old = TestHost.UserPassword("xu.officer");
        var officer = new Api(await host.UserAsync("xu.officer", [Roles.Officer]));
        var elsewhere = await host.SignInAsync("xu.officer", old);

        var (wrong, wrongBody) = await officer.Post("/api/auth/password", new { currentPassword = "not-it-at-all", newPassword = "new-password-0001" });
        var (weak, weakBody) = await officer.Post("/api/auth/password", new { currentPassword = old, newPassword = "short" });
        await officer.PostOk("/api/auth/password", new { currentPassword = old, newPassword = "new-password-0001" });
        var (stillSignedIn, _) = await officer.Get("/api/auth/me");
        using var otherSession = await elsewhere.GetAsync("/api/auth/me");
        var anonymous = new Api(host.Anonymous);
        var (withOld, _) = await anonymous.Post("/api/auth/token", new { username = "xu.officer", password = old });
        var (withNew, _) = await anonymous.Post("/api/auth/token", new { username = "xu.officer", password = "new-password-0001" });
        var record = (await host.Api.GetOk("/api/audit?entityType=user&entityId=xu.officer")).AsArray().Select(e => e!["action"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(wrong, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(wrongBody!["errors"]!["currentPassword"]![0]!.GetValue<string>(), Is.EqualTo("当前密码不正确"));
            Assert.That(weak, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(weakBody!["errors"]!["newPassword"], Is.Not.Null);
            Assert.That(stillSignedIn, Is.EqualTo(HttpStatusCode.OK), "the session that changed it stays");
            Assert.That(otherSession.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized), "every other session ends");
            Assert.That(withOld, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(withNew, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(record, Does.Contain("sign-in-failed").And.Contain("password-changed"), "a wrong current password counts towards the lock");
        });
    }

    [Test]
    public async Task A_hash_made_with_fewer_iterations_is_upgraded_at_the_next_sign_in()
    {
        using var host = new TestHost();
        await host.UserAsync("old.hash", [Roles.Auditor]);
        var cheap = PasswordHasher.Hash(TestHost.UserPassword("old.hash"), 500);
        await Sql(host, $"UPDATE identity_users SET PasswordHash = '{cheap.Hash}', PasswordSalt = '{cheap.Salt}', PasswordIterations = 500 WHERE Username = 'old.hash'");

        await host.SignInAsync("old.hash", TestHost.UserPassword("old.hash"));
        var iterations = await Sql(host, "SELECT PasswordIterations FROM identity_users WHERE Username = 'old.hash'");
        await host.SignInAsync("old.hash", TestHost.UserPassword("old.hash"));
        Assert.That(iterations, Is.EqualTo(1000), "the host's configured count");
    }

    private static async Task<object?> Sql(TestHost host, string sql)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(host.DataDir, "enforcement.db")};Pooling=false");
        await db.OpenAsync();
        var command = db.CreateCommand();
        command.CommandText = sql;
        var value = await command.ExecuteScalarAsync();
        return value is long l ? (int)l : value;
    }

    [Test]
    public async Task The_last_active_administrator_cannot_be_deactivated()
    {
        using var host = new TestHost();
        var (status, body) = await host.Api.Post("/api/users/admin/deactivate", null);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(body!["detail"]!.GetValue<string>(), Does.Contain("最后一个"));
        });
    }

    [Test]
    public async Task Users_are_created_with_a_password_of_ten_characters_or_more_and_listed_without_secrets()
    {
        using var host = new TestHost();
        var (shortStatus, shortBody) = await host.Api.Post("/api/users",
            new { username = "short.pw", displayName = "短密码", password = "123456789", roles = new[] { Roles.Officer } });
        var (noDepartment, _) = await host.Api.Post("/api/users",
            new { username = "liaison.x", displayName = "联络员", password = "0123456789", roles = new[] { Roles.Liaison } });
        await host.Api.PostOk("/api/users", new
        {
            username = "Liu.Officer", displayName = "刘执法", password = "0123456789", roles = new[] { Roles.Officer }, badge = "32010007",
        }, HttpStatusCode.Created);
        var (duplicate, _) = await host.Api.Post("/api/users",
            new { username = "liu.officer", displayName = "重名", password = "0123456789", roles = new[] { Roles.Officer } });
        var listed = await host.Api.GetOk("/api/users");
        var liu = listed.AsArray().Single(u => u!["username"]!.GetValue<string>() == "liu.officer")!;
        Assert.Multiple(() =>
        {
            Assert.That(shortStatus, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(shortBody!["errors"]!["password"]![0]!.GetValue<string>(), Is.EqualTo("密码至少 10 个字符"));
            Assert.That(noDepartment, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(duplicate, Is.EqualTo(HttpStatusCode.Conflict), "user names are compared without case");
            Assert.That(liu["badge"]!.GetValue<string>(), Is.EqualTo("32010007"));
            Assert.That(listed.ToJsonString(), Does.Not.Contain("password").IgnoreCase.And.Not.Contain("salt").IgnoreCase);
        });
    }

    [Test]
    public async Task The_pages_sign_in_with_an_HttpOnly_SameSite_Strict_cookie_and_write_only_with_the_fetch_header()
    {
        using var host = new TestHost();
        await host.UserAsync("zhao.dispatch", [Roles.Dispatcher]);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = host.BaseAddress };

        using var login = await browser.PostAsJsonAsync("/api/auth/login", new { username = "zhao.dispatch", password = TestHost.UserPassword("zhao.dispatch") });
        var setCookie = login.Headers.GetValues("Set-Cookie").Single();
        Assert.Multiple(() =>
        {
            Assert.That(login.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(setCookie, Does.StartWith("enforcement_session=").And.Contain("httponly").IgnoreCase.And.Contain("samesite=strict").IgnoreCase);
        });

        var me = await new Api(browser).GetOk("/api/auth/me");
        Assert.That(me["roles"]!.AsArray().Select(r => r!.GetValue<string>()), Is.EqualTo(new[] { Roles.Dispatcher }));

        var order = Api.WorkOrder("12345-COOKIE-1", "路边露天烧烤油烟很大");
        using var forged = await browser.PostAsJsonAsync("/api/inbox", order);
        var forgedBody = await forged.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(forged.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "a cookie write without the header may come from another site");
            Assert.That(forgedBody, Does.Contain("X-Requested-With"));
        });
        browser.DefaultRequestHeaders.Add("X-Requested-With", "fetch");
        using (var sent = await browser.PostAsJsonAsync("/api/inbox", order))
            Assert.That(sent.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var record = await host.Api.GetOk("/api/audit?entityType=work-order");
        Assert.That(record.AsArray().First()!["actor"]!.GetValue<string>(), Is.EqualTo("zhao.dispatch"), "the record names the signed-in user");

        using (var logout = await browser.PostAsync("/api/auth/logout", null))
            Assert.That(logout.StatusCode, Is.EqualTo(HttpStatusCode.NoContent));
        using var after = await browser.GetAsync("/api/auth/me");
        Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task A_session_cookie_is_not_a_bearer_token()
    {
        using var host = new TestHost();
        using var login = await host.Anonymous.PostAsJsonAsync("/api/auth/login", new { username = "admin", password = host.AdminPassword });
        var cookie = login.Headers.GetValues("Set-Cookie").Single().Split(';')[0]["enforcement_session=".Length..];
        using var client = host.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", cookie);
        Assert.That((await client.GetAsync("/api/auth/me")).StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
