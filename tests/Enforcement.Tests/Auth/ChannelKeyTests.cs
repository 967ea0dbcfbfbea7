using System.Net;
using System.Net.Http.Json;
using System.Text;
using Enforcement.Tests.Open311;
using Enforcement.Tests.Support;
using static Enforcement.Tests.Open311.Open311Client;

namespace Enforcement.Tests.Auth;

/// <summary>Channel integrations deliver with an API key the administrator issued for their channel, and for no other.</summary>
[NonParallelizable]
public sealed class ChannelKeyTests
{
    [Test]
    public async Task A_12345_key_delivers_12345_work_orders_and_nothing_for_another_channel()
    {
        using var host = new TestHost();
        var (hotline, _) = await host.ChannelAsync("12345");
        var api = new Api(hotline);

        var created = await api.PostOk("/api/inbox", Api.WorkOrder("12345-KEY-1", "夜里工地施工噪音很大"), HttpStatusCode.Created);
        var (media, refusal) = await api.Post("/api/inbox", Api.WorkOrder("MEDIA-KEY-1", "媒体曝光占道经营", channel: "media"));
        var (read, _) = await api.Get("/api/inbox");
        var (writeBackOwn, _) = await api.Get("/api/inbox/write-back?channel=12345");
        var (writeBackOther, _) = await api.Get("/api/inbox/write-back?channel=district-platform");
        using var csv = new StringContent("externalId,text,reportedAt\nDP-1,井盖丢了,2026-11-27T08:40:00+08:00\n", Encoding.UTF8, "text/csv");
        using var importOther = await hotline.PostAsync("/api/inbox/import?channel=district-platform", csv);

        var record = (await host.Api.GetOk($"/api/audit?entityType=work-order&entityId={created["id"]}")).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(media, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(refusal!["detail"]!.GetValue<string>(), Does.Contain("12345热线").And.Contain("媒体曝光"));
            Assert.That(read, Is.EqualTo(HttpStatusCode.Forbidden), "a channel delivers; it does not read the inbox");
            Assert.That(writeBackOwn, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(writeBackOther, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(importOther.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(record.First()!["actor"]!.GetValue<string>(), Is.EqualTo("12345:12345 对接测试"), "the record names the key");
        });
    }

    [Test]
    public async Task The_key_is_shown_once_listed_without_its_secret_recorded_without_it_and_refused_once_revoked()
    {
        using var host = new TestHost();
        var (hotline, key) = await host.ChannelAsync("12345");
        var listed = await host.Api.GetOk("/api/channel-keys");
        var entry = listed.AsArray().Single()!;
        var record = (await host.Api.GetOk("/api/audit?entityType=channel-key")).ToJsonString();
        Assert.Multiple(() =>
        {
            Assert.That(key, Does.StartWith("enfk_"));
            Assert.That(listed.ToJsonString(), Does.Not.Contain(key));
            Assert.That(entry["hint"]!.GetValue<string>(), Is.EqualTo(key[^4..]));
            Assert.That(entry["active"]!.GetValue<bool>(), Is.True);
            Assert.That(record, Does.Not.Contain(key).And.Contain("channel-key-issued"));
        });

        await host.Api.PostOk($"/api/channel-keys/{entry["id"]}/revoke", null);
        using var after = await hotline.PostAsJsonAsync("/api/inbox", Api.WorkOrder("12345-KEY-2", "噪音"));
        var refusal = await after.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(after.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(refusal, Does.Contain("接口密钥无效或已吊销"));
        });
    }

    [Test]
    public async Task An_Open311_system_posts_with_its_api_key_form_field_for_the_resident_channel_only()
    {
        using var host = new TestHost();
        var (_, residentKey) = await host.ChannelAsync("resident");
        var (_, hotlineKey) = await host.ChannelAsync("12345");
        var open311 = new Open311Client(host.Anonymous);
        var request = Filled(await open311.JsonOk("/services/HB-YY-002.json"));
        request.Add(F("address_string", "兴隆大街18号"));

        var (anonymous, anonymousBody) = await open311.PostJson("/requests.json", request);
        var (resident, created) = await open311.PostJson("/requests.json", [.. request, F("api_key", residentKey)]);
        var (hotline, refused) = await open311.PostJson("/requests.json", [.. request, F("api_key", hotlineKey)]);
        Assert.Multiple(() =>
        {
            Assert.That(anonymous, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(anonymousBody[0]!["code"]!.GetValue<int>(), Is.EqualTo(401), "GeoReport's error shape");
            Assert.That(resident, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
            Assert.That(hotline, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(refused[0]!["code"]!.GetValue<int>(), Is.EqualTo(403));
        });
    }

    [Test]
    public async Task Keys_are_issued_for_known_channels_only()
    {
        using var host = new TestHost();
        var (status, body) = await host.Api.Post("/api/channel-keys", new { channel = "wechat", name = "微信" });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["channel"], Is.Not.Null);
        });
    }
}
