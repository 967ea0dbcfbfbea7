using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Shared.Primitives;
using Enforcement.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Enforcement.Tests.Audit;

[NonParallelizable]
public sealed class RecordTests
{
    [Test]
    public async Task Every_state_change_is_recorded_with_who_when_what_before_and_after()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        var wang = new Api(await Crew.OfficerAsync(host, "officer-wang", caseId));
        host.Advance(TimeSpan.FromMinutes(12));
        await wang.PostOk($"/api/cases/{caseId}/arrival", new { latitude = 31.9926, longitude = 118.7221, address = "兴隆大街18号夜市入口" });

        var record = (await host.Api.GetOk($"/api/audit?entityType=case&entityId={caseId}")).AsArray();
        var arrival = record.Single(e => e!["action"]!.GetValue<string>() == "arrival")!;
        Assert.Multiple(() =>
        {
            Assert.That(record.Select(e => e!["action"]!.GetValue<string>()), Is.EqualTo(new[] { "opened", "dispatch", "arrival" }));
            Assert.That(arrival["actor"]!.GetValue<string>(), Is.EqualTo("officer-wang"));
            Assert.That(arrival["at"]!.GetValue<DateTimeOffset>(), Is.EqualTo(TestHost.Start.AddMinutes(12)));
            Assert.That(arrival["before"]!.GetValue<string>(), Does.Contain("\"status\":\"dispatched\""));
            Assert.That(arrival["after"]!.GetValue<string>(), Does.Contain("\"status\":\"on-site\""));
        });
    }

    [Test]
    public async Task A_refused_command_leaves_no_record()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        var before = (await host.Api.GetOk("/api/audit")).AsArray().Count;
        var (status, _) = await host.Api.Post($"/api/cases/{caseId}/arrival", new { });
        var after = (await host.Api.GetOk("/api/audit")).AsArray().Count;
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(after, Is.EqualTo(before));
        });
    }

    [Test]
    public async Task The_record_is_a_hash_chain_and_an_edited_entry_is_reported_as_the_first_broken_link()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        var intact = await host.Api.GetOk("/api/audit/verify");
        Assert.Multiple(() =>
        {
            Assert.That(intact["intact"]!.GetValue<bool>(), Is.True);
            Assert.That(intact["entries"]!.GetValue<long>(), Is.GreaterThanOrEqualTo(4));
        });

        await using (var db = new SqliteConnection($"Data Source={Path.Combine(host.DataDir, "enforcement.db")};Pooling=false"))
        {
            await db.OpenAsync();
            var edit = db.CreateCommand();
            edit.CommandText = "UPDATE audit_entries SET Actor = 'someone-else' WHERE Sequence = 3";
            Assert.That(await edit.ExecuteNonQueryAsync(), Is.EqualTo(1));
        }

        var broken = await host.Api.GetOk("/api/audit/verify");
        Assert.Multiple(() =>
        {
            Assert.That(broken["intact"]!.GetValue<bool>(), Is.False);
            Assert.That(broken["firstBrokenSequence"]!.GetValue<long>(), Is.EqualTo(3));
            Assert.That(broken["problem"]!.GetValue<string>(), Does.Contain("已被改动"));
        });
    }

    [Test]
    public async Task The_host_verify_verb_reports_the_chain_and_exits_non_zero_when_broken()
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-verify-").FullName;
        var plugins = PluginsJson.FromRepository().WriteTo(dir);
        long entries;
        using (var host = HostProcess.Start(dir, plugins))
        {
            await host.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            using var http = await host.AdminClientAsync();
            var api = new Api(http);
            await api.PostOk("/api/inbox", Api.WorkOrder("V-1", "露天烧烤"), HttpStatusCode.Created);
            await api.PostOk("/api/inbox", Api.WorkOrder("V-2", "油烟扰民"), HttpStatusCode.Created);
            entries = (await api.GetOk("/api/audit/verify"))["entries"]!.GetValue<long>();
        }

        using (var verify = HostProcess.Start(dir, plugins, "verify"))
        {
            Assert.That(verify.WaitForExit(TimeSpan.FromSeconds(90)), Is.EqualTo(0), verify.StdErr);
            Assert.That(verify.StdOut, Does.Contain($"记录链完整：共 {entries} 条"));
        }

        await using (var db = new SqliteConnection($"Data Source={Path.Combine(dir, "enforcement.db")};Pooling=false"))
        {
            await db.OpenAsync();
            var delete = db.CreateCommand();
            delete.CommandText = "DELETE FROM audit_entries WHERE Sequence = 2";
            await delete.ExecuteNonQueryAsync();
        }
        using (var verify = HostProcess.Start(dir, plugins, "verify"))
        {
            Assert.That(verify.WaitForExit(TimeSpan.FromSeconds(90)), Is.EqualTo(1));
            Assert.That(verify.StdOut, Does.Contain("记录链断裂：第 2 条"));
        }
        Directory.Delete(dir, recursive: true);
    }
}
