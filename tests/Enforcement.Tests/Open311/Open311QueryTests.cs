using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;
using static Enforcement.Tests.Open311.Open311Client;

namespace Enforcement.Tests.Open311;

/// <summary>
/// GET requests: the filters and the specification's defaults (last 90 days without dates; at most 1000;
/// service_request_id overrides the rest); an empty parameter behaves as an absent one.
/// </summary>
[NonParallelizable]
public sealed class Open311QueryTests
{
    private TestHost _host = null!;
    private Open311Client _open311 = null!;
    private string _catering = null!, _bbq = null!, _closed = null!, _old = null!;

    [OneTimeSetUp]
    public async Task Start()
    {
        _host = new TestHost();
        _open311 = new Open311Client(_host.Http);
        _catering = await Post("HB-YY-002");
        _bbq = await Post("CG-YY-001");

        // a 12345 complaint taken to a closed case
        var order = await CaseFlow.ReceiveBarbecueComplaint(_host);
        _closed = order["id"]!.GetValue<string>();
        var caseId = await CaseFlow.OpenAndDispatch(_host, order, "CG-YY-001");
        await CaseFlow.Arrive(_host, caseId);
        await _host.Api.PostOk($"/api/cases/{caseId}/result", CaseFlow.BarbecueResult);
        await _host.Api.PostOk($"/api/cases/{caseId}/close", null);

        // a 12345 complaint reported 100 days ago (2026-08-19)
        var old = await _host.Api.PostOk("/api/inbox", new
        {
            channel = "12345", externalId = "12345-OLD", text = "小区门口有人乱倒建筑垃圾", address = "南苑街道兴隆大街20号",
            reportedAt = TestHost.Start.AddDays(-100),
        }, HttpStatusCode.Created);
        _old = old["id"]!.GetValue<string>();
    }

    [OneTimeTearDown]
    public void Stop() => _host.Dispose();

    private async Task<string> Post(string code)
    {
        var definition = await _open311.JsonOk($"/services/{code}.json");
        var (status, body) = await _open311.PostJson("/requests.json", [.. Filled(definition), F("address_string", "兴隆大街18号")]);
        Assert.That(status, Is.EqualTo(HttpStatusCode.Created), body.ToJsonString());
        return body[0]!["service_request_id"]!.GetValue<string>();
    }

    private async Task<List<string>> Ids(string query) =>
        (await _open311.JsonOk("/requests.json" + query)).AsArray().Select(r => r!["service_request_id"]!.GetValue<string>()).ToList();

    [Test]
    public async Task Without_dates_the_last_90_days_are_listed()
    {
        var ids = await Ids("");
        Assert.That(ids, Is.EquivalentTo(new[] { _catering, _bbq, _closed }));
    }

    [Test]
    public async Task Empty_parameters_behave_as_absent_ones() =>
        Assert.That(await Ids("?service_code=&status=&start_date=&end_date=&jurisdiction_id=&service_request_id="),
            Is.EquivalentTo(await Ids("")));

    [Test]
    public async Task Start_and_end_dates_choose_the_window()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await Ids("?start_date=2026-08-01"), Is.EquivalentTo(new[] { _old }), "start alone: 90 days from it");
            Assert.That(await Ids("?start_date=2026-08-01&end_date=2026-11-27T23:00:00%2B08:00"), Is.EquivalentTo(new[] { _old, _catering, _bbq, _closed }));
            Assert.That(await Ids("?end_date=2026-09-01"), Is.EquivalentTo(new[] { _old }), "end alone: the 90 days before it");
            Assert.That(await Ids("?start_date=2026-11-27T08:58:00+08:00"), Is.EquivalentTo(new[] { _catering, _bbq }),
                "a '+' left unencoded in the query string still reads as the zone");
            Assert.That(await Ids("?start_date=2026-11-27T00:58:00Z"), Is.EquivalentTo(new[] { _catering, _bbq }));
        });
    }

    [Test]
    public async Task Status_filters_open_or_closed()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await Ids("?status=closed"), Is.EquivalentTo(new[] { _closed }));
            Assert.That(await Ids("?status=open"), Is.EquivalentTo(new[] { _catering, _bbq }));
            Assert.That(await Ids("?status=open,closed"), Is.EquivalentTo(new[] { _catering, _bbq, _closed }));
        });
        var closed = (await _open311.JsonOk($"/requests/{_closed}.json"))[0]!;
        Assert.Multiple(() =>
        {
            Assert.That(closed["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(closed["status_notes"]!.GetValue<string>(), Is.EqualTo("已办结"));
            Assert.That(closed["service_code"]!.GetValue<string>(), Is.EqualTo("CG-YY-001"));
            Assert.That(closed["agency_responsible"]!.GetValue<string>(), Is.EqualTo("城市管理局"));
            Assert.That(closed["service_notice"]!.GetValue<string>(), Does.Contain("案件编号"));
            Assert.That(closed["description"], Is.Null, "another channel's text is not published");
            Assert.That(closed["address"]!.GetValue<string>(), Is.EqualTo("南苑街道兴隆大街18号"));
        });
    }

    [Test]
    public async Task Service_code_filters_by_a_comma_list()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await Ids("?service_code=HB-YY-002"), Is.EquivalentTo(new[] { _catering }));
            Assert.That(await Ids("?service_code=HB-YY-002,NO-SUCH"), Is.EquivalentTo(new[] { _catering }));
            Assert.That(await Ids("?service_code=HB-YY-002&status=closed"), Is.Empty);
        });
    }

    [Test]
    public async Task Service_request_ids_override_every_other_filter()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(await Ids($"?service_request_id={_old},{_catering}&status=closed&service_code=NO-SUCH"), Is.EquivalentTo(new[] { _old, _catering }));
            Assert.That(await Ids("?service_request_id=not-an-id"), Is.Empty);
        });
    }

    [Test]
    public async Task XML_lists_requests_in_service_requests_elements()
    {
        var (status, xml) = await _open311.Xml("/requests.xml?status=open");
        var requests = Enforcement.Open311.Wire.ServiceRequest.ListFromXml(xml);
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(xml.Name.LocalName, Is.EqualTo("service_requests"));
            Assert.That(requests.Select(r => r.ServiceRequestId), Is.EquivalentTo(new[] { _catering, _bbq }));
            Assert.That(requests.Select(r => r.Status), Is.All.EqualTo("open"));
        });
    }
}
