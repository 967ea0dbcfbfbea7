using System.Net;
using Enforcement.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Enforcement.Tests.Workforce;

[NonParallelizable]
public sealed class TenProhibitionsTests
{
    [Test]
    public async Task The_shipped_text_is_ten_items_marked_as_a_draft_with_its_hash()
    {
        using var host = new TestHost();
        var text = await host.Api.GetOk("/api/ten-prohibitions");
        Assert.Multiple(() =>
        {
            Assert.That(text["items"]!.AsArray(), Has.Count.EqualTo(10));
            Assert.That(text["items"]!.AsArray().Select(i => i!.GetValue<string>()), Has.All.StartWith("不准"));
            Assert.That(text["hash"]!.GetValue<string>(), Does.Match("^[0-9a-f]{64}$"));
            Assert.That(text["note"]!.GetValue<string>(), Does.Contain("草案").And.Contain("Enforcement:Workforce:TenProhibitions"));
        });
    }

    [Test]
    public async Task When_the_text_changes_earlier_acknowledgements_no_longer_count_and_the_officers_may_not_act()
    {
        string dataDir;
        string oldHash, adminPassword;
        using (var before = new TestHost())
        {
            adminPassword = before.AdminPassword;
            await Roster.Qualified(before, "NY-001", "张三", "JZ-0001");
            await Roster.Qualified(before, "NY-002", "李四", "JZ-0002");
            oldHash = (await before.Api.GetOk("/api/ten-prohibitions"))["hash"]!.GetValue<string>();
            Assert.That((await Roster.Check(before, ["NY-001", "NY-002"])).Passed, Is.True);
            dataDir = CopyOfDatabase(before);
        }

        // The brigade issues its own text: one item reworded, the draft note cleared; the host restarts on the same data.
        using var after = new TestHost(dataDir: dataDir, settings: new()
        {
            ["ENFORCEMENT_ADMIN_PASSWORD"] = adminPassword,
            ["Enforcement:Workforce:TenProhibitions:9"] = "不准对群众投诉推诿扯皮、敷衍塞责",
            ["Enforcement:Workforce:TenProhibitionsNote"] = "",
        });
        var text = await after.Api.GetOk("/api/ten-prohibitions");
        var officer = await after.Api.GetOk("/api/officers/NY-001");
        var check = await Roster.Check(after, ["NY-001", "NY-002"]);
        var (stale, staleBody) = await after.Api.Post("/api/officers/NY-001/acknowledgements", new { textHash = oldHash });
        Assert.Multiple(() =>
        {
            Assert.That(text["hash"]!.GetValue<string>(), Is.Not.EqualTo(oldHash));
            Assert.That(text["note"], Is.Null);
            Assert.That(officer["acknowledgedCurrent"]!.GetValue<bool>(), Is.False);
            Assert.That(officer["acknowledgements"]![0]!["current"]!.GetValue<bool>(), Is.False);
            Assert.That(check.Passed, Is.False);
            Assert.That(check.Problems, Is.EqualTo(new[]
            {
                "执法人员 NY-001 张三 确认的是旧版“十不准”，现行文本更新后尚未重新确认（大队规定：确认后方可执法）",
                "执法人员 NY-002 李四 确认的是旧版“十不准”，现行文本更新后尚未重新确认（大队规定：确认后方可执法）",
            }));
            Assert.That(stale, Is.EqualTo(HttpStatusCode.Conflict), "acknowledging the text read before the change");
            Assert.That(staleBody!["detail"]!.GetValue<string>(), Does.Contain("已更新"));
        });

        await after.Api.PostOk("/api/officers/NY-001/acknowledgements", new { textHash = text["hash"]!.GetValue<string>() }, HttpStatusCode.Created);
        await Roster.Acknowledge(after, "NY-002");
        Assert.That((await Roster.Check(after, ["NY-001", "NY-002"])).Passed, Is.True);
    }

    /// <summary>A consistent copy of a running host's database in a new data folder (SQLite's online backup).</summary>
    private static string CopyOfDatabase(TestHost host)
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-test-").FullName;
        using var source = new SqliteConnection($"Data Source={Path.Combine(host.DataDir, "enforcement.db")};Pooling=False");
        using var target = new SqliteConnection($"Data Source={Path.Combine(dir, "enforcement.db")};Pooling=False");
        source.Open();
        target.Open();
        source.BackupDatabase(target);
        return dir;
    }

    [Test]
    public void A_host_configured_with_fewer_than_ten_items_refuses_to_start_naming_the_key()
    {
        using var host = new TestHost(settings: new() { ["Enforcement:Workforce:TenProhibitions:3"] = "" });
        var ex = Assert.Catch(() => _ = host.Http);
        Assert.That(ex!.ToString(), Does.Contain("Enforcement:Workforce:TenProhibitions 须为 10 条"));
    }
}
