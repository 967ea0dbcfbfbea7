using System.Net;
using System.Text;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Inbox;

[NonParallelizable]
public sealed class IntakeTests
{
    [Test]
    public async Task The_same_channel_and_external_id_again_returns_200_with_the_same_id_and_stores_one_work_order()
    {
        using var host = new TestHost();
        var body = Api.WorkOrder("12345-A-0001", "人行道上有人摆摊卖菜");
        var first = await host.Api.PostOk("/api/inbox", body, HttpStatusCode.Created);
        var again = await host.Api.PostOk("/api/inbox", body, HttpStatusCode.OK);
        var otherChannel = await host.Api.PostOk("/api/inbox", Api.WorkOrder("12345-A-0001", "人行道上有人摆摊卖菜", channel: "district-platform"), HttpStatusCode.Created);
        var inbox = await host.Api.GetOk("/api/inbox");

        Assert.Multiple(() =>
        {
            Assert.That(again["id"]!.GetValue<string>(), Is.EqualTo(first["id"]!.GetValue<string>()));
            Assert.That(otherChannel["id"]!.GetValue<string>(), Is.Not.EqualTo(first["id"]!.GetValue<string>()));
            Assert.That(inbox.AsArray(), Has.Count.EqualTo(2));
        });
    }

    [Test]
    public async Task Simultaneous_deliveries_of_one_external_id_store_one_work_order()
    {
        using var host = new TestHost();
        var body = Api.WorkOrder("12345-RACE", "夜里工地施工噪音太吵");
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.Api.Post("/api/inbox", body)));
        var inbox = await host.Api.GetOk("/api/inbox");

        Assert.Multiple(() =>
        {
            Assert.That(results.Count(r => r.Status == HttpStatusCode.Created), Is.EqualTo(1));
            Assert.That(results.Count(r => r.Status == HttpStatusCode.OK), Is.EqualTo(7));
            Assert.That(results.Select(r => r.Body!["id"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(1));
            Assert.That(inbox.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task The_inbox_lists_open_work_orders_newest_first_with_status_and_jurisdiction()
    {
        using var host = new TestHost();
        await host.Api.PostOk("/api/inbox", Api.WorkOrder("P-1", "路边露天烧烤，烟很大", channel: "patrol"), HttpStatusCode.Created);
        host.Advance(TimeSpan.FromMinutes(1));
        await host.Api.PostOk("/api/inbox", Api.WorkOrder("M-1", "请问社区医院周末几点开门？", channel: "media"), HttpStatusCode.Created);

        var inbox = (await host.Api.GetOk("/api/inbox")).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(inbox.Select(w => w!["externalId"]!.GetValue<string>()), Is.EqualTo(new[] { "M-1", "P-1" }));
            Assert.That(inbox.Select(w => w!["status"]!.GetValue<string>()), Is.EqualTo(new[] { "manual-triage", "triaged" }));
            Assert.That(inbox.Select(w => w!["jurisdiction"]!.GetValue<string>()), Is.All.EqualTo("nanyuan"));
            Assert.That(inbox[1]!["channelName"]!.GetValue<string>(), Is.EqualTo("巡查发现"));
        });
    }

    [Test]
    public async Task An_incomplete_work_order_is_refused_field_by_field_in_Chinese_and_nothing_is_stored()
    {
        using var host = new TestHost();
        var (status, body) = await host.Api.Post("/api/inbox", new { channel = "wechat", externalId = "", text = "", reportedAt = (string?)null });
        var inbox = await host.Api.GetOk("/api/inbox");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["channel"]![0]!.GetValue<string>(), Does.Contain("12345"));
            Assert.That(body["errors"]!["externalId"], Is.Not.Null);
            Assert.That(body["errors"]!["text"], Is.Not.Null);
            Assert.That(body["errors"]!["address"], Is.Not.Null);
            Assert.That(body["errors"]!["reportedAt"], Is.Not.Null);
            Assert.That(inbox.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task Malformed_json_gets_a_clear_400()
    {
        using var host = new TestHost();
        using var content = new StringContent("{\"channel\": \"12345\", \"text\": ", Encoding.UTF8, "application/json");
        using var response = await host.Http.PostAsync("/api/inbox", content);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(text, Does.Contain("不是有效的 JSON"));
        });
    }

    [Test]
    public async Task A_point_may_stand_in_for_the_address()
    {
        using var host = new TestHost();
        var created = await host.Api.PostOk("/api/inbox", new
        {
            channel = "resident", externalId = "R-9", text = "绿化带里的树被人砍了", latitude = 31.99, longitude = 118.72,
            reportedAt = TestHost.Start,
        }, HttpStatusCode.Created);
        var order = await host.Api.GetOk($"/api/inbox/{created["id"]}");
        Assert.That(order["latitude"]!.GetValue<double>(), Is.EqualTo(31.99));
    }

    [Test]
    public async Task With_several_sub_districts_a_work_order_must_name_its_own()
    {
        using var host = new TestHost(settings: new()
        {
            ["Enforcement:Jurisdictions:0:Code"] = "nanyuan", ["Enforcement:Jurisdictions:0:Name"] = "南苑街道",
            ["Enforcement:Jurisdictions:1:Code"] = "shazhou", ["Enforcement:Jurisdictions:1:Name"] = "沙洲街道",
        });
        var (missing, body) = await host.Api.Post("/api/inbox", Api.WorkOrder("J-1", "占道经营"));
        var named = await host.Api.PostOk("/api/inbox", new
        {
            channel = "12345", externalId = "J-2", text = "占道经营", address = "沙洲街道某路", reportedAt = TestHost.Start, jurisdiction = "shazhou",
        }, HttpStatusCode.Created);
        var order = await host.Api.GetOk($"/api/inbox/{named["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(missing, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["jurisdiction"]![0]!.GetValue<string>(), Does.Contain("shazhou"));
            Assert.That(order["jurisdiction"]!.GetValue<string>(), Is.EqualTo("shazhou"));
        });
    }
}
