using System.Net;
using System.Text.Json.Nodes;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Intake;

[NonParallelizable]
public sealed class DuplicateTests
{
    private const string Place = "南苑街道兴隆大街18号";

    private static object Call(string externalId, string text, DateTimeOffset reportedAt, string? address = Place,
        double? latitude = null, double? longitude = null, string channel = "12345") =>
        new { channel, externalId, text, address, latitude, longitude, reportedAt };

    private static async Task<JsonNode> Receive(TestHost host, object body)
    {
        var created = await host.Api.PostOk("/api/inbox", body, HttpStatusCode.Created);
        return await host.Api.GetOk($"/api/inbox/{created["id"]}");
    }

    [Test]
    public async Task A_second_call_about_an_open_case_at_the_same_place_becomes_a_me_too_of_it_and_closes_with_it()
    {
        using var host = new TestHost();
        var first = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, first, "CG-YY-001");
        host.Advance(TimeSpan.FromMinutes(10));
        var again = await Receive(host, Call("DP-77", "兴隆大街夜市又有人烧烤，烟太大了", host.Clock.GetUtcNow(), "南苑街道 兴隆大街 18 号。", channel: "district-platform"));
        var record = (await host.Api.GetOk($"/api/audit?entityType=work-order&entityId={again["id"]}")).AsArray();
        var figures = await host.Api.GetOk("/api/inbox/figures?from=2026-11-27&to=2026-11-27");

        Assert.Multiple(() =>
        {
            Assert.That(again["status"]!.GetValue<string>(), Is.EqualTo("linked"));
            Assert.That(again["duplicateOf"]!.GetValue<string>(), Is.EqualTo(first["id"]!.GetValue<string>()));
            Assert.That(again["caseId"]!.GetValue<string>(), Is.EqualTo(caseId));
            Assert.That(record.Select(e => e!["action"]!.GetValue<string>()), Is.EqualTo(new[] { "received", "triaged", "linked-as-duplicate" }));
            Assert.That(figures["calls"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(figures["problems"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(figures["duplicates"]!.GetValue<int>(), Is.EqualTo(1));
            Assert.That(figures["byChannel"]!.AsArray().Select(c => $"{c!["channel"]}:{c["calls"]}/{c["problems"]}/{c["duplicates"]}"),
                Is.EqualTo(new[] { "12345:1/1/0", "district-platform:1/0/1" }));
        });

        var (status, _) = await host.Api.Post($"/api/inbox/{again["id"]}/accept", new { itemCode = "CG-YY-001" });
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict), "a me too is not made a case of its own");

        await CaseFlow.Arrive(host, caseId);
        await host.Api.PostOk($"/api/cases/{caseId}/result", CaseFlow.BarbecueResult);
        await host.Api.PostOk($"/api/cases/{caseId}/close", null);
        var closed = await host.Api.GetOk($"/api/inbox/{again["id"]}");
        var after = await host.Api.GetOk("/api/inbox/figures");
        Assert.Multiple(() =>
        {
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(after["duplicates"]!.GetValue<int>(), Is.EqualTo(1), "a closed me too still counts as a call, not a problem");
        });
    }

    [Test]
    public async Task A_me_too_linked_before_its_matter_is_accepted_follows_it_into_the_case()
    {
        using var host = new TestHost();
        var now = host.Clock.GetUtcNow();
        var first = await Receive(host, Call("A-1", CaseFlow.BarbecueComplaint, now, latitude: 31.99260, longitude: 118.72210));
        var near = await Receive(host, Call("A-2", "夜市门口有人摆露天烧烤摊，烟很大", now, "兴隆大街夜市入口", 31.99290, 118.72230));
        var far = await Receive(host, Call("A-3", "夜市门口有人摆露天烧烤摊，烟很大", now, "兴隆大街夜市东口", 31.99500, 118.72500));
        var otherMatter = await Receive(host, Call("A-4", "人行道上的井盖丢了，晚上很危险", now));
        var opened = await host.Api.PostOk($"/api/inbox/{first["id"]}/accept", new { itemCode = "CG-YY-001" }, HttpStatusCode.Created);
        var followed = await host.Api.GetOk($"/api/inbox/{near["id"]}");

        Assert.Multiple(() =>
        {
            Assert.That(near["status"]!.GetValue<string>(), Is.EqualTo("linked"), "within 100 m");
            Assert.That(near["caseId"], Is.Null);
            Assert.That(far["status"]!.GetValue<string>(), Is.EqualTo("triaged"), "about 400 m away");
            Assert.That(otherMatter["status"]!.GetValue<string>(), Is.EqualTo("triaged"), "same place, another matter");
            Assert.That(followed["caseId"]!.GetValue<string>(), Is.EqualTo(opened["caseId"]!.GetValue<string>()));
            Assert.That(followed["caseNumber"]!.GetValue<string>(), Is.EqualTo(opened["caseNumber"]!.GetValue<string>()));
        });
    }

    [Test]
    public async Task A_call_outside_the_window_is_a_new_problem_and_the_window_is_configurable()
    {
        using (var host = new TestHost())
        {
            await Receive(host, Call("W-1", CaseFlow.BarbecueComplaint, host.Clock.GetUtcNow()));
            host.Advance(TimeSpan.FromDays(8));
            var late = await Receive(host, Call("W-2", CaseFlow.BarbecueComplaint, host.Clock.GetUtcNow()));
            Assert.That(late["status"]!.GetValue<string>(), Is.EqualTo("triaged"), "8 days later, beyond the default 7");
        }
        using (var host = new TestHost(settings: new() { ["Enforcement:Duplicates:Window"] = "1.00:00:00" }))
        {
            await Receive(host, Call("W-1", CaseFlow.BarbecueComplaint, host.Clock.GetUtcNow()));
            host.Advance(TimeSpan.FromDays(2));
            var late = await Receive(host, Call("W-2", CaseFlow.BarbecueComplaint, host.Clock.GetUtcNow()));
            Assert.That(late["status"]!.GetValue<string>(), Is.EqualTo("triaged"), "2 days later, beyond a 1-day window");
        }
    }

    [Test]
    public async Task A_dispatcher_can_unlink_a_me_too_with_a_reason_and_it_goes_back_to_triage_for_good()
    {
        using var host = new TestHost();
        var now = host.Clock.GetUtcNow();
        var first = await Receive(host, Call("U-1", CaseFlow.BarbecueComplaint, now));
        var second = await Receive(host, Call("U-2", "兴隆大街18号楼下烧烤摊烟很大", now));
        Assert.That(second["status"]!.GetValue<string>(), Is.EqualTo("linked"));

        var (noReason, body) = await host.Api.Post($"/api/inbox/{second["id"]}/unlink", new { reason = "" });
        var unlinked = await host.Api.PostOk($"/api/inbox/{second["id"]}/unlink", new { reason = "来电人说的是隔壁另一家烧烤店" });
        var retriaged = await host.Api.PostOk($"/api/inbox/{second["id"]}/triage", null);
        var (again, _) = await host.Api.Post($"/api/inbox/{second["id"]}/unlink", new { reason = "再来一次" });
        var (notLinked, _) = await host.Api.Post($"/api/inbox/{first["id"]}/unlink", new { reason = "x" });
        var record = (await host.Api.GetOk($"/api/audit?entityType=work-order&entityId={second["id"]}")).AsArray();
        var figures = await host.Api.GetOk("/api/inbox/figures");

        Assert.Multiple(() =>
        {
            Assert.That(noReason, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["reason"], Is.Not.Null);
            Assert.That(unlinked["status"]!.GetValue<string>(), Is.EqualTo("triaged"));
            Assert.That(unlinked["duplicateOf"], Is.Null);
            Assert.That(unlinked["unlinkReason"]!.GetValue<string>(), Is.EqualTo("来电人说的是隔壁另一家烧烤店"));
            Assert.That(retriaged["status"]!.GetValue<string>(), Is.EqualTo("triaged"), "not linked again automatically");
            Assert.That(again, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(notLinked, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(record.Select(e => e!["action"]!.GetValue<string>()), Does.Contain("unlinked"));
            Assert.That(record.Single(e => e!["action"]!.GetValue<string>() == "unlinked")!["after"]!.ToString(), Does.Contain("隔壁另一家烧烤店"));
            Assert.That(figures["problems"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(figures["duplicates"]!.GetValue<int>(), Is.EqualTo(0));
        });
        await host.Api.PostOk($"/api/inbox/{second["id"]}/accept", new { itemCode = "CG-YY-001" }, HttpStatusCode.Created);
    }
}
