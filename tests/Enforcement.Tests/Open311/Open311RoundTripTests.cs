using System.Net;
using System.Xml.Linq;
using Enforcement.Open311.Wire;
using Enforcement.Tests.Support;
using static Enforcement.Tests.Open311.Open311Client;

namespace Enforcement.Tests.Open311;

/// <summary>The acceptance round trip: list services, read a definition, post a request, find it in the inbox, read it back.</summary>
[NonParallelizable]
public sealed class Open311RoundTripTests
{
    // 居民楼内新建餐饮项目 (生态环境局): its form has a multivaluelist (产生的污染物).
    private const string Catering = "HB-YY-002";

    [Test]
    public async Task Services_definition_request_inbox_and_status_round_trip_in_JSON_and_XML()
    {
        using var host = new TestHost();
        var open311 = new Open311Client(host.Http);

        // services, JSON and XML
        var services = (await open311.JsonOk("/services.json")).AsArray();
        var catering = services.Single(s => s!["service_code"]!.GetValue<string>() == Catering)!;
        var (xmlStatus, xmlServices) = await open311.Xml("/services.xml");
        var cateringXml = Service.ListFromXml(xmlServices).Single(s => s.ServiceCode == Catering);
        Assert.Multiple(() =>
        {
            Assert.That(services, Has.Count.EqualTo(214), "all 214 items are delegated (dispatched or joint) by default");
            Assert.That(catering["service_name"]!.GetValue<string>(), Does.StartWith("在居民住宅楼"));
            Assert.That(catering["group"]!.GetValue<string>(), Is.EqualTo("生态环境局"));
            Assert.That(catering["metadata"]!.GetValue<bool>(), Is.True);
            Assert.That(catering["type"]!.GetValue<string>(), Is.EqualTo("realtime"));
            Assert.That(catering["keywords"]!.GetValue<string>(), Does.Contain("专用烟道"));
            Assert.That(catering["description"]!.GetValue<string>(), Does.Contain("《大气污染防治法》第一百一十八条").And.Contain("一万元以上十万元以下"));
            Assert.That(xmlStatus, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(xmlServices.Name.LocalName, Is.EqualTo("services"));
            Assert.That(xmlServices.Elements("service").Count(), Is.EqualTo(214));
            Assert.That(cateringXml.Group, Is.EqualTo("生态环境局"));
            Assert.That(cateringXml.Metadata, Is.True);
        });

        // the definition, JSON and XML
        var definition = await open311.JsonOk($"/services/{Catering}.json");
        var attributes = definition["attributes"]!.AsArray();
        var emissions = attributes.Single(a => a!["code"]!.GetValue<string>() == "emissions")!;
        var (_, xmlDefinition) = await open311.Xml($"/services/{Catering}.xml");
        var parsed = ServiceDefinition.FromXml(xmlDefinition);
        Assert.Multiple(() =>
        {
            Assert.That(definition["service_code"]!.GetValue<string>(), Is.EqualTo(Catering));
            Assert.That(attributes.Select(a => a!["order"]!.GetValue<int>()), Is.EqualTo(Enumerable.Range(1, attributes.Count)));
            Assert.That(attributes.Select(a => a!["variable"]!.GetValue<bool>()), Is.All.True);
            Assert.That(emissions["datatype"]!.GetValue<string>(), Is.EqualTo("multivaluelist"));
            Assert.That(emissions["required"]!.GetValue<bool>(), Is.True);
            Assert.That(emissions["description"]!.GetValue<string>(), Is.EqualTo("产生的污染物"));
            Assert.That(emissions["values"]!.AsArray().Select(v => v!["key"]!.GetValue<string>()), Is.EqualTo(new[] { "油烟", "异味", "废气" }));
            Assert.That(attributes.Single(a => a!["code"]!.GetValue<string>() == "site")!["datatype"]!.GetValue<string>(), Is.EqualTo("string"));
            Assert.That(xmlDefinition.Name.LocalName, Is.EqualTo("service_definition"));
            Assert.That(parsed.Attributes.Select(a => a.Code), Is.EqualTo(attributes.Select(a => a!["code"]!.GetValue<string>())));
            Assert.That(parsed.Attributes.Single(a => a.Code == "emissions").Values.Select(v => v.Name), Is.EqualTo(new[] { "油烟", "异味", "废气" }));
        });

        // post a request with attribute[code] and attribute[code][]
        var fields = Filled(definition);
        fields.AddRange([F("lat", "31.9926"), F("long", "118.7221"), F("description", "楼下新开了一家饭店，没有专用烟道，油烟直往楼上窜"),
            F("account_id", "acct-42"), F("media_url", "https://example.org/photos/1.jpg")]);
        Assert.That(fields.Select(f => f.Key), Does.Contain("attribute[emissions][]").And.Contain("attribute[building]"));
        var (postStatus, posted) = await open311.PostJson("/requests.json", fields);
        Assert.That(postStatus, Is.EqualTo(HttpStatusCode.Created), posted.ToJsonString());
        var answer = posted.AsArray().Single()!;
        var id = answer["service_request_id"]!.GetValue<string>();
        Assert.Multiple(() =>
        {
            Assert.That(answer["service_notice"]!.GetValue<string>(), Does.StartWith("已受理，工单编号 GD"));
            Assert.That(answer["account_id"]!.GetValue<string>(), Is.EqualTo("acct-42"));
        });

        // it is in the inbox as a resident's work order under the chosen service
        var inbox = (await host.Api.GetOk("/api/inbox")).AsArray();
        var order = inbox.Single(w => w!["id"]!.GetValue<string>() == id)!;
        Assert.Multiple(() =>
        {
            Assert.That(order["channel"]!.GetValue<string>(), Is.EqualTo("resident"));
            Assert.That(order["externalId"]!.GetValue<string>(), Does.StartWith("open311-"));
            Assert.That(order["serviceCode"]!.GetValue<string>(), Is.EqualTo(Catering));
            Assert.That(order["text"]!.GetValue<string>(), Does.StartWith("楼下新开了一家饭店"));
            Assert.That(order["latitude"]!.GetValue<double>(), Is.EqualTo(31.9926));
            Assert.That(order["status"]!.GetValue<string>(), Is.AnyOf("triaged", "manual-triage"), "triaged like any channel's work order");
            Assert.That(order["suggestions"]!.AsArray().Select(x => x!["itemCode"]!.GetValue<string>()), Does.Contain(Catering));
        });

        // and its status reads back, JSON and XML
        var read = (await open311.JsonOk($"/requests/{id}.json")).AsArray().Single()!;
        var (_, xmlRead) = await open311.Xml($"/requests/{id}.xml");
        var readXml = ServiceRequest.ListFromXml(xmlRead).Single();
        Assert.Multiple(() =>
        {
            Assert.That(read["service_request_id"]!.GetValue<string>(), Is.EqualTo(id));
            Assert.That(read["status"]!.GetValue<string>(), Is.EqualTo("open"));
            Assert.That(read["status_notes"]!.GetValue<string>(), Is.EqualTo(order["statusName"]!.GetValue<string>()));
            Assert.That(read["service_code"]!.GetValue<string>(), Is.EqualTo(Catering));
            Assert.That(read["service_name"]!.GetValue<string>(), Is.EqualTo(catering["service_name"]!.GetValue<string>()));
            Assert.That(read["agency_responsible"]!.GetValue<string>(), Is.EqualTo("生态环境局"));
            Assert.That(read["description"]!.GetValue<string>(), Is.EqualTo("楼下新开了一家饭店，没有专用烟道，油烟直往楼上窜"));
            Assert.That(read["media_url"]!.GetValue<string>(), Is.EqualTo("https://example.org/photos/1.jpg"));
            Assert.That(read["requested_datetime"]!.GetValue<string>(), Is.EqualTo("2026-11-27T09:00:00+08:00"));
            Assert.That(read["updated_datetime"]!.GetValue<string>(), Does.EndWith("+08:00"));
            Assert.That(read["expected_datetime"], Is.Null);
            Assert.That(read["lat"]!.GetValue<double>(), Is.EqualTo(31.9926));
            Assert.That(read["long"]!.GetValue<double>(), Is.EqualTo(118.7221));
            Assert.That(xmlRead.Name.LocalName, Is.EqualTo("service_requests"));
            Assert.That(readXml.ServiceRequestId, Is.EqualTo(id));
            Assert.That(readXml.Status, Is.EqualTo("open"));
            Assert.That(readXml.RequestedDatetime, Is.EqualTo(TestHost.Start));
        });
    }

    [Test]
    public async Task A_request_posted_for_XML_answers_in_the_specifications_elements_and_an_address_id_reads_back()
    {
        using var host = new TestHost();
        var open311 = new Open311Client(host.Http);
        var fields = Filled(await open311.JsonOk($"/services/{Catering}.json"));
        fields.Add(F("address_id", "32010500123"));
        var (status, body) = await open311.Post("/requests.xml", fields);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), body);

        var request = XDocument.Parse(body).Root!;
        var id = request.Element("request")!.Element("service_request_id")!.Value;
        var read = (await open311.JsonOk($"/requests/{id}.json")).AsArray().Single()!;
        Assert.Multiple(() =>
        {
            Assert.That(request.Name.LocalName, Is.EqualTo("service_requests"));
            Assert.That(request.Element("request")!.Elements().Select(e => e.Name.LocalName),
                Is.EqualTo(new[] { "service_request_id", "service_notice", "account_id" }));
            Assert.That(read["address_id"]!.GetValue<string>(), Is.EqualTo("32010500123"));
            Assert.That(read["address"], Is.Null);
            Assert.That(read["description"]!.GetValue<string>(), Does.StartWith("在居民住宅楼"), "without a description the service's name stands in");
        });
    }
}
