using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Enforcement.Tests.Support;
using static Enforcement.Tests.Open311.Open311Client;

namespace Enforcement.Tests.Open311;

/// <summary>Every failure answers in the specification's error shape: [{code, description}] or &lt;errors&gt;.</summary>
[NonParallelizable]
public sealed class Open311ErrorTests
{
    private const string Catering = "HB-YY-002";
    private TestHost _host = null!;
    private Open311Client _open311 = null!;
    private List<KeyValuePair<string, string>> _valid = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _open311 = new Open311Client(_host.Http);
        _valid = Filled(await _open311.JsonOk($"/services/{Catering}.json"));
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    private static IReadOnlyList<string> Errors(JsonNode body, int code)
    {
        var errors = body.AsArray();
        Assert.That(errors, Is.Not.Empty);
        Assert.That(errors.Select(e => e!["code"]!.GetValue<int>()), Is.All.EqualTo(code));
        Assert.That(errors.Select(e => e!.AsObject().Select(p => p.Key)), Is.All.EquivalentTo(new[] { "code", "description" }));
        return errors.Select(e => e!["description"]!.GetValue<string>()).ToList();
    }

    private async Task<IReadOnlyList<string>> PostFails(IEnumerable<KeyValuePair<string, string>> fields, HttpStatusCode expected)
    {
        var (status, body) = await _open311.PostJson("/requests.json", fields);
        Assert.That(status, Is.EqualTo(expected), body.ToJsonString());
        return Errors(body, (int)expected);
    }

    [Test]
    public async Task A_request_without_a_location_is_400()
    {
        var errors = await PostFails(_valid, HttpStatusCode.BadRequest);
        Assert.That(errors, Has.Some.Contains("缺少位置"));
    }

    [Test]
    public async Task A_request_with_two_locations_is_400()
    {
        var errors = await PostFails([.. _valid, F("lat", "31.99"), F("long", "118.72"), F("address_string", "兴隆大街18号")], HttpStatusCode.BadRequest);
        Assert.That(errors, Has.Some.Contains("只能给出一种"));
    }

    [Test]
    public async Task Lat_without_long_or_out_of_range_is_400()
    {
        Assert.That(await PostFails([.. _valid, F("lat", "31.99")], HttpStatusCode.BadRequest), Has.Some.Contains("同时给出"));
        Assert.That(await PostFails([.. _valid, F("lat", "95"), F("long", "118.72")], HttpStatusCode.BadRequest), Has.Some.Contains("-90"));
    }

    [Test]
    public async Task An_empty_location_parameter_is_as_if_absent()
    {
        var (status, body) = await _open311.PostJson("/requests.json", [.. _valid, F("lat", ""), F("long", ""), F("address_string", "兴隆大街18号"), F("address_id", "")]);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
    }

    [Test]
    public async Task An_unknown_or_missing_service_code_in_a_post_is_400()
    {
        var unknown = await PostFails([F("service_code", "NO-SUCH"), F("address_string", "兴隆大街18号")], HttpStatusCode.BadRequest);
        var missing = await PostFails([F("service_code", ""), F("address_string", "兴隆大街18号")], HttpStatusCode.BadRequest);
        Assert.That(unknown, Has.Some.Contains("NO-SUCH"));
        Assert.That(missing, Has.Some.Contains("service_code"));
    }

    [Test]
    public async Task An_unknown_service_definition_is_404_in_JSON_and_XML()
    {
        var (status, body) = await _open311.Json("/services/NO-SUCH.json");
        var (xmlStatus, xml) = await _open311.Xml("/services/NO-SUCH.xml");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Errors(body, 404), Has.Some.Contains("NO-SUCH"));
            Assert.That(xmlStatus, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(xml.Name.LocalName, Is.EqualTo("errors"));
            Assert.That(xml.Elements("error").Single().Elements().Select(e => e.Name.LocalName), Is.EqualTo(new[] { "code", "description" }));
            Assert.That(xml.Element("error")!.Element("code")!.Value, Is.EqualTo("404"));
        });
    }

    [Test]
    public async Task Missing_required_attributes_and_bad_choices_are_each_reported()
    {
        var fields = new[]
        {
            F("service_code", Catering), F("address_string", "兴隆大街18号"), F("attribute[building]", "城堡"),
            F("attribute[emissions][]", "油烟"), F("attribute[emissions][]", "噪声"), F("attribute[nonsense]", "x"),
            F("attribute[works]", "新建"), F("attribute[works]", "扩建"),
        };
        var errors = await PostFails(fields, HttpStatusCode.BadRequest);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Has.Some.StartsWith("attribute[building]"));
            Assert.That(errors, Has.Some.StartsWith("attribute[emissions]"));
            Assert.That(errors, Has.Some.StartsWith("attribute[nonsense]"));
            Assert.That(errors, Has.Some.StartsWith("attribute[works]").And.Contains("只能填一个值"));
            Assert.That(errors, Has.Some.StartsWith("attribute[measure]").And.Contains("必填"));
            Assert.That(errors, Has.Some.StartsWith("attribute[site]").And.Contains("必填"));
        });
    }

    [Test]
    public async Task A_description_the_inbox_refuses_is_400_under_its_Open311_name()
    {
        var errors = await PostFails([.. _valid, F("address_string", "兴隆大街18号"), F("description", new string('油', 4001))], HttpStatusCode.BadRequest);
        Assert.That(errors, Has.Some.StartsWith("description："));
    }

    [Test]
    public async Task A_body_that_is_not_a_form_is_400_in_the_spec_shape()
    {
        using var response = await _host.Http.PostAsJsonAsync(Base + "/requests.json", new { service_code = Catering });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(Errors(JsonNode.Parse(await response.Content.ReadAsStringAsync())!, 400), Has.Some.Contains("x-www-form-urlencoded"));
    }

    [TestCase("/requests.json?start_date=yesterday")]
    [TestCase("/requests.json?end_date=2026-11-27T09:00:00")]
    [TestCase("/requests.json?start_date=2026-11-27&end_date=2026-11-01")]
    [TestCase("/requests.json?status=pending")]
    public async Task A_bad_date_or_status_is_400(string path)
    {
        var (status, body) = await _open311.Json(path);
        Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
        Errors(body, 400);
    }

    [TestCase("/requests/0196c7a2-0000-7000-8000-000000000000.json")]
    [TestCase("/requests/not-an-id.json")]
    [TestCase("/services.csv")]
    [TestCase("/nothing-here.json")]
    public async Task An_unknown_request_id_format_or_resource_is_404(string path)
    {
        var (status, body) = await _open311.Json(path);
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Errors(body, 404);
    }

    [Test]
    public async Task An_unknown_request_id_in_XML_is_404_in_errors_elements()
    {
        var (status, xml) = await _open311.Xml("/requests/0196c7a2-0000-7000-8000-000000000000.xml");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(xml.Name.LocalName, Is.EqualTo("errors"));
            Assert.That(xml.Element("error")!.Element("code")!.Value, Is.EqualTo("404"));
        });
    }

    [Test]
    public async Task An_unknown_jurisdiction_id_is_404()
    {
        var (status, body) = await _open311.Json("/services.json?jurisdiction_id=atlantis");
        Assert.That(status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(Errors(body, 404), Has.Some.Contains("atlantis"));
        Assert.That((await _open311.JsonOk("/services.json?jurisdiction_id=nanyuan")).AsArray(), Is.Not.Empty);
    }
}

/// <summary>Hosts whose state the other error tests must not see: several sub-districts, a withdrawn delegation.</summary>
[NonParallelizable]
public sealed class Open311JurisdictionAndDelegationTests
{
    [Test]
    public async Task With_several_sub_districts_jurisdiction_id_is_required()
    {
        using var host = new TestHost(settings: new Dictionary<string, string?>
        {
            ["Enforcement:Jurisdictions:0:Code"] = "nanyuan", ["Enforcement:Jurisdictions:0:Name"] = "南苑街道",
            ["Enforcement:Jurisdictions:1:Code"] = "shazhou", ["Enforcement:Jurisdictions:1:Name"] = "沙洲街道",
        });
        var open311 = new Open311Client(host.Http);
        var (without, body) = await open311.Json("/services.json");
        var (requestsWithout, _) = await open311.Json("/requests.json?jurisdiction_id=");
        var shazhou = await open311.JsonOk("/services.json?jurisdiction_id=shazhou");
        var definition = await open311.JsonOk("/services/HB-YY-002.json?jurisdiction_id=shazhou");
        var (posted, answer) = await open311.PostJson("/requests.json",
            [.. Filled(definition), F("address_string", "沙洲街道某路1号"), F("jurisdiction_id", "shazhou")]);
        var id = answer[0]!["service_request_id"]!.GetValue<string>();
        var (elsewhere, _) = await open311.Json($"/requests/{id}.json?jurisdiction_id=nanyuan");
        Assert.Multiple(() =>
        {
            Assert.That(without, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body[0]!["description"]!.GetValue<string>(), Does.Contain("jurisdiction_id"));
            Assert.That(requestsWithout, Is.EqualTo(HttpStatusCode.BadRequest), "an empty jurisdiction_id is as if absent");
            Assert.That(shazhou.AsArray(), Has.Count.EqualTo(214));
            Assert.That(posted, Is.EqualTo(HttpStatusCode.Created));
            Assert.That(elsewhere, Is.EqualTo(HttpStatusCode.NotFound), "a request belongs to its sub-district");
        });
        var order = await host.Api.GetOk($"/api/inbox/{id}");
        Assert.That(order["jurisdiction"]!.GetValue<string>(), Is.EqualTo("shazhou"));
    }

    [Test]
    public async Task An_item_no_longer_delegated_is_not_a_service_and_a_request_for_it_is_403()
    {
        using var host = new TestHost();
        var open311 = new Open311Client(host.Http);
        var definition = await open311.JsonOk("/services/HB-YY-002.json");
        await host.Api.PostOk("/api/delegations", new
        {
            itemCode = "HB-YY-002", mode = "not-delegated", effectiveFrom = "2026-11-28", documentNumber = "建综执〔2026〕13号",
            reason = "收回由区生态环境局直接办理",
        }, HttpStatusCode.Created);
        var stillToday = (await open311.JsonOk("/services.json")).AsArray();
        host.Advance(TimeSpan.FromDays(1));

        var services = (await open311.JsonOk("/services.json")).AsArray();
        var (definitionStatus, _) = await open311.Json("/services/HB-YY-002.json");
        var (status, body) = await open311.PostJson("/requests.json", [.. Filled(definition), F("address_string", "兴隆大街18号")]);
        Assert.Multiple(() =>
        {
            Assert.That(stillToday, Has.Count.EqualTo(214), "the change takes effect tomorrow (China time)");
            Assert.That(services.Select(s => s!["service_code"]!.GetValue<string>()), Does.Not.Contain("HB-YY-002"));
            Assert.That(services, Has.Count.EqualTo(213));
            Assert.That(definitionStatus, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(status, Is.EqualTo(HttpStatusCode.Forbidden));
            Assert.That(body[0]!["code"]!.GetValue<int>(), Is.EqualTo(403));
        });
    }
}
