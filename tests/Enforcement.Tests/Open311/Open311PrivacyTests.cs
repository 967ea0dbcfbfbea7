using System.Net;
using Enforcement.Open311.Wire;
using Enforcement.Tests.Support;
using static Enforcement.Tests.Open311.Open311Client;

namespace Enforcement.Tests.Open311;

/// <summary>The resident's name, phone and e-mail are not stored with the work order nor published by GET requests.</summary>
[NonParallelizable]
public sealed class Open311PrivacyTests
{
    private static readonly string[] Personal = ["张三丰", "三丰", "13912345678", "zhang.sanfeng@example.com", "device-9f8e"];

    [Test]
    public async Task Personal_fields_are_neither_stored_nor_published()
    {
        using var host = new TestHost();
        var open311 = new Open311Client(host.Http);
        var definition = await open311.JsonOk("/services/HB-YY-002.json");
        var (status, body) = await open311.PostJson("/requests.json",
        [
            .. Filled(definition), F("address_string", "兴隆大街18号"),
            F("first_name", "三丰"), F("last_name", "张"), F("phone", "13912345678"), F("email", "zhang.sanfeng@example.com"),
            F("device_id", "device-9f8e"),
            F("description", "我是张三丰，电话13912345678，邮箱zhang.sanfeng@example.com。楼下饭店油烟太大"),
        ]);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        var id = body[0]!["service_request_id"]!.GetValue<string>();

        var order = (await host.Api.GetOk($"/api/inbox/{id}")).ToJsonString(Reply.Json);
        var record = (await host.Api.GetOk($"/api/audit?entityType=work-order&entityId={id}")).ToJsonString(Reply.Json);
        var list = await open311.Raw("/requests.json");
        var one = await open311.Raw($"/requests/{id}.xml");
        Assert.Multiple(() =>
        {
            foreach (var p in Personal)
            {
                Assert.That(order, Does.Not.Contain(p), "work order");
                Assert.That(record, Does.Not.Contain(p), "audit record");
                Assert.That(list.Body, Does.Not.Contain(p), "GET requests.json");
                Assert.That(one.Body, Does.Not.Contain(p), "GET requests/{id}.xml");
            }
            Assert.That(order, Does.Contain("楼下饭店油烟太大"));
            Assert.That(list.Body, Does.Contain("楼下饭店油烟太大"));
        });
    }

    [Test]
    public async Task A_phone_number_or_e_mail_typed_into_a_description_is_masked_on_output()
    {
        using var host = new TestHost();
        var open311 = new Open311Client(host.Http);
        var definition = await open311.JsonOk("/services/HB-YY-002.json");
        var (_, body) = await open311.PostJson("/requests.json",
            [.. Filled(definition), F("address_string", "兴隆大街18号"), F("description", "油烟太大，有事打 139-1234-5678 或写信 a.b@example.cn")]);
        var read = (await open311.JsonOk($"/requests/{body[0]!["service_request_id"]}.json"))[0]!["description"]!.GetValue<string>();
        Assert.That(read, Is.EqualTo("油烟太大，有事打 *** 或写信 ***"));
    }
}
