using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Enforcement.Open311.Wire;

namespace Enforcement.Tests.Open311;

/// <summary>Our GeoReport v2 models read the payloads real endpoints sent, and write the same field names.</summary>
public sealed class Open311PayloadTests
{
    [Test]
    public void The_request_model_reads_Torontos_requests_xml()
    {
        var many = ServiceRequest.ListFromXml(XDocument.Parse(ReferencePayloads.Read("requests_many.xml")).Root!);
        var single = ServiceRequest.ListFromXml(XDocument.Parse(ReferencePayloads.Read("requests_single.xml")).Root!);
        var first = many[0];
        Assert.Multiple(() =>
        {
            Assert.That(many.Select(r => r.ServiceRequestId), Is.EqualTo(new[] { "101005420892", "101005420894" }));
            Assert.That(single, Has.Count.EqualTo(1));
            Assert.That(first.Status, Is.EqualTo("open"));
            Assert.That(first.ServiceCode, Is.EqualTo("CSROWR-12"));
            Assert.That(first.Description, Is.Null, "an empty element reads as absent");
            Assert.That(first.UpdatedDatetime, Is.Null);
            Assert.That(first.RequestedDatetime, Is.EqualTo(new DateTimeOffset(2018, 7, 30, 0, 1, 0, TimeSpan.FromHours(-4))));
            Assert.That(first.ExpectedDatetime, Is.EqualTo(new DateTimeOffset(2018, 8, 3, 0, 1, 0, TimeSpan.FromHours(-4))));
            Assert.That(first.Lat, Is.EqualTo(43.691104288), "lat comes after long in Toronto's payload");
            Assert.That(first.Long, Is.EqualTo(-79.272306875));
            Assert.That(first.AddressId, Is.EqualTo("13459430"));
        });
    }

    [Test]
    public void The_request_model_reads_Chicagos_requests_json_with_null_fields_omitted()
    {
        var list = JsonSerializer.Deserialize<List<ServiceRequest>>(ReferencePayloads.Read("service_requests.json"), Reply.Json)!;
        Assert.Multiple(() =>
        {
            Assert.That(list.Select(r => r.ServiceRequestId), Is.EqualTo(new[] { "14-01100669", "14-01100627" }));
            Assert.That(list[0].StatusNotes, Is.Null);
            Assert.That(list[1].StatusNotes, Is.EqualTo("Locked"));
            Assert.That(list[1].AgencyResponsible, Is.EqualTo("DOB - Conservation"));
            Assert.That(list[0].UpdatedDatetime, Is.EqualTo(new DateTimeOffset(2014, 7, 12, 11, 8, 21, TimeSpan.FromHours(-5))));
            Assert.That(list[0].Lat, Is.EqualTo(41.858724777757864));
            Assert.That(list[0].Long, Is.EqualTo(-87.66475146237676));
        });
    }

    [Test]
    public void Our_request_writes_the_field_names_of_the_recorded_requests()
    {
        var ours = new ServiceRequest { ServiceRequestId = "x", RequestedDatetime = DateTimeOffset.UnixEpoch };
        var xmlNames = ours.ToXml().Elements().Select(e => e.Name.LocalName).ToList();
        var toronto = XDocument.Parse(ReferencePayloads.Read("requests_many.xml")).Root!.Elements("request").First()
            .Elements().Select(e => e.Name.LocalName);
        var jsonNames = JsonNode.Parse(JsonSerializer.Serialize(ours, Reply.Json))!.AsObject().Select(p => p.Key).ToList();
        var chicago = JsonNode.Parse(ReferencePayloads.Read("service_requests.json"))!.AsArray()
            .SelectMany(r => r!.AsObject().Select(p => p.Key)).Distinct();
        Assert.Multiple(() =>
        {
            Assert.That(xmlNames, Is.EquivalentTo(toronto));
            Assert.That(jsonNames, Is.SupersetOf(chicago));
            Assert.That(jsonNames, Is.EquivalentTo(xmlNames));
            Assert.That(ours.ToXml().Element("requested_datetime")!.Value, Is.EqualTo("1970-01-01T08:00:00+08:00"));
        });
    }

    [Test]
    public void The_service_model_matches_the_specifications_service_list_json()
    {
        var json = ReferencePayloads.Read("service_list.json");
        var list = JsonSerializer.Deserialize<List<Service>>(json, Reply.Json)!;
        var theirs = JsonNode.Parse(json)!.AsArray().SelectMany(s => s!.AsObject().Select(p => p.Key)).Distinct();
        var ours = JsonNode.Parse(JsonSerializer.Serialize(list[0], Reply.Json))!.AsObject().Select(p => p.Key);
        Assert.Multiple(() =>
        {
            Assert.That(ours, Is.EquivalentTo(theirs));
            Assert.That(list.Select(s => s.ServiceCode), Is.EqualTo(new[] { "001", "002", "003" }));
            Assert.That(list[1].ServiceName, Is.EqualTo("Construction plate shifted"));
            Assert.That(list[0].Metadata, Is.True);
            Assert.That(list[0].Keywords, Is.EqualTo("lorem, ipsum, dolor"));
            Assert.That(list[0].Group, Is.EqualTo("sanitation"));
        });
    }

    [Test]
    public void The_service_model_reads_Giessens_services_xml_with_its_quirks()
    {
        var list = Service.ListFromXml(XDocument.Parse(ReferencePayloads.Read("services_giessen.xml")).Root!);
        var signs = list.Single(s => s.ServiceCode == "012");
        Assert.Multiple(() =>
        {
            Assert.That(list, Has.Count.EqualTo(8));
            Assert.That(list[0].ServiceName, Is.EqualTo("Abwasser und Wasser"));
            Assert.That(list[0].Keywords, Is.Null, "an empty <keywords/> reads as absent");
            Assert.That(list[0].Metadata, Is.False);
            Assert.That(signs.Keywords, Is.EqualTo("graffiti, paintings"));
            Assert.That(signs.Type, Is.EqualTo("realtime"));
        });
    }

    [TestCase("2026-11-27T09:00:00+08:00", false, "2026-11-27T09:00:00+08:00")]
    [TestCase("2026-11-27T01:00:00Z", false, "2026-11-27T09:00:00+08:00")]
    [TestCase("2026-11-27T09:00:00 08:00", false, "2026-11-27T09:00:00+08:00")]
    [TestCase("2026-11-27", false, "2026-11-27T00:00:00+08:00")]
    [TestCase("2026-11-27", true, "2026-11-27T23:59:59+08:00")]
    public void W3C_dates_read_with_a_zone_and_write_in_China_time(string text, bool endOfDay, string expected)
    {
        Assert.That(W3cDate.TryParse(text, endOfDay, out var value), Is.True);
        Assert.That(W3cDate.Format(value), Is.EqualTo(expected));
    }

    [TestCase("2026-11-27T09:00:00")]
    [TestCase("27/11/2026")]
    [TestCase("yesterday")]
    [TestCase("2026-13-45")]
    public void A_date_without_a_zone_or_in_another_shape_is_refused(string text) =>
        Assert.That(W3cDate.TryParse(text, false, out _), Is.False);
}
