using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Intake;

[NonParallelizable]
public sealed class BatchImportTests
{
    [Test]
    public async Task Importing_1000_work_orders_with_50_me_toos_gives_950_cases_and_50_links_and_reports_malformed_rows_by_line()
    {
        using var host = new TestHost();
        var batch = new WorkOrderBatch(1000, 50, TestHost.Start);
        // Two malformed rows slipped in: a bad date and a row with a column missing. Their physical lines are
        // counted as the file is written (some texts span two lines), header = line 1.
        var records = batch.Rows.Select(WorkOrderBatch.Fields).ToList();
        records.Insert(300, ["12345-BAD-DATE", "路边摆摊", "南苑街道所街1号", "", "", "2026/11/25 10:00", ""]);
        records.Insert(700, ["12345-SHORT", "路边摆摊", "南苑街道所街2号"]);
        var csv = WorkOrderBatch.Csv(records);
        int LineOf(string externalId) => csv[..csv.IndexOf(externalId, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        // Its speed is measured by tests/Enforcement.Benchmarks, not asserted here.
        var answer = await Import(host, "12345", csv, "text/csv");

        var rejected = answer["rejected"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(answer["received"]!.GetValue<int>(), Is.EqualTo(1002));
            Assert.That(answer["created"]!.GetValue<int>(), Is.EqualTo(1000));
            Assert.That(answer["linkedAsDuplicates"]!.GetValue<int>(), Is.EqualTo(50));
            Assert.That(rejected.Select(r => r!["line"]!.GetValue<int>()), Is.EqualTo(new[] { LineOf("12345-BAD-DATE"), LineOf("12345-SHORT") }));
            Assert.That(LineOf("12345-BAD-DATE"), Is.GreaterThan(301), "multi-line texts before it shift the physical line");
            Assert.That(rejected[0]!["errors"]![0]!.GetValue<string>(), Does.Contain("reportedAt"));
            Assert.That(rejected[1]!["errors"]![0]!.GetValue<string>(), Does.Contain("列数"));
        });

        var figures = await host.Api.GetOk("/api/inbox/figures");
        Assert.Multiple(() =>
        {
            Assert.That(figures["calls"]!.GetValue<int>(), Is.EqualTo(1000));
            Assert.That(figures["problems"]!.GetValue<int>(), Is.EqualTo(950));
            Assert.That(figures["duplicates"]!.GetValue<int>(), Is.EqualTo(50));
        });

        // The 950 problems each become a case when the dispatcher accepts the top suggestion.
        var problems = (await host.Api.GetOk("/api/inbox?status=triaged&take=1000")).AsArray();
        Assert.That(problems, Has.Count.EqualTo(950), "every problem was triaged with a suggestion");
        var caseOf = new Dictionary<string, string>();
        foreach (var p in problems)
        {
            var item = p!["suggestions"]![0]!["itemCode"]!.GetValue<string>();
            var opened = await host.Api.PostOk($"/api/inbox/{p["id"]}/accept", new { itemCode = item }, HttpStatusCode.Created);
            caseOf[p["id"]!.GetValue<string>()] = opened["caseId"]!.GetValue<string>();
        }

        var linked = (await host.Api.GetOk("/api/inbox?status=linked&take=1000")).AsArray();
        var cases = (await host.Api.GetOk("/api/inbox?status=case-opened&take=1000")).AsArray();
        var byExternalId = cases.ToDictionary(c => c!["externalId"]!.GetValue<string>(), c => c!["id"]!.GetValue<string>());
        var expected = batch.Rows.Where(r => r.DuplicateOf is not null).ToDictionary(r => r.ExternalId, r => r.DuplicateOf!);
        Assert.Multiple(() =>
        {
            Assert.That(caseOf.Values.Distinct().Count(), Is.EqualTo(950));
            Assert.That(cases, Has.Count.EqualTo(950));
            Assert.That(linked, Has.Count.EqualTo(50));
            foreach (var l in linked)
            {
                var matter = byExternalId[expected[l!["externalId"]!.GetValue<string>()]];
                Assert.That(l["duplicateOf"]!.GetValue<string>(), Is.EqualTo(matter));
                Assert.That(l["caseId"]!.GetValue<string>(), Is.EqualTo(caseOf[matter]), "a me-too follows its matter into the case");
            }
        });
    }

    [Test]
    public async Task A_malformed_csv_row_on_line_4_is_reported_with_its_line_and_the_rest_land()
    {
        using var host = new TestHost();
        var at = TestHost.Start.AddHours(-2).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var csv = $"""
            externalId,text,address,latitude,longitude,reportedAt,jurisdiction
            DP-001,小区门口有人占道经营卖水果,南苑街道云锦路8号,,,{at},
            DP-002,"工地晚上施工，噪音很大",南苑街道恒山路20号,31.99,118.72,{at},
            DP-003,路边露天烧烤烟很大,南苑街道黄山路3号,,,昨天晚上,
            DP-004,渣土车没盖篷布撒了一路,南苑街道乐山路5号,,,{at},
            """;
        var answer = await Import(host, "district-platform", csv, "text/csv");
        var inbox = (await host.Api.GetOk("/api/inbox?channel=district-platform")).AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(answer["received"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(answer["created"]!.GetValue<int>(), Is.EqualTo(3));
            Assert.That(answer["rejected"]!.AsArray(), Has.Count.EqualTo(1));
            Assert.That(answer["rejected"]![0]!["line"]!.GetValue<int>(), Is.EqualTo(4));
            Assert.That(answer["rejected"]![0]!["externalId"]!.GetValue<string>(), Is.EqualTo("DP-003"));
            Assert.That(answer["rejected"]![0]!["errors"]![0]!.GetValue<string>(), Does.Contain("W3C"));
            Assert.That(inbox.Select(w => w!["externalId"]!.GetValue<string>()), Is.EquivalentTo(new[] { "DP-001", "DP-002", "DP-004" }));
        });

        var again = await Import(host, "district-platform", csv, "text/csv");
        Assert.That(again["alreadyKnown"]!.GetValue<int>(), Is.EqualTo(3), "the import is idempotent on channel + externalId");
    }

    [Test]
    public async Task A_json_import_reports_a_bad_element_by_index_and_line()
    {
        using var host = new TestHost();
        var at = TestHost.Start.AddHours(-1).ToString("yyyy-MM-dd'T'HH:mm:sszzz");
        var json = $$"""
            [
              {"externalId": "J-1", "text": "楼下饭店油烟直排，没装净化器", "address": "南苑街道庐山路6号", "reportedAt": "{{at}}"},
              "not an object",
              {"externalId": "J-3", "text": "", "address": "南苑街道庐山路7号", "reportedAt": "{{at}}"},
              {"externalId": "J-4", "text": "人行道井盖丢了", "latitude": "abc", "longitude": 118.7, "reportedAt": "{{at}}"},
              {"externalId": "J-5", "text": "电线杆上贴满小广告", "latitude": 31.98, "longitude": 118.71, "reportedAt": "{{at}}"}
            ]
            """;
        var answer = await Import(host, "12345", json, "application/json");
        var rejected = answer["rejected"]!.AsArray();
        Assert.Multiple(() =>
        {
            Assert.That(answer["created"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(rejected.Select(r => r!["index"]!.GetValue<int>()), Is.EqualTo(new[] { 1, 2, 3 }));
            Assert.That(rejected.Select(r => r!["line"]!.GetValue<int>()), Is.EqualTo(new[] { 3, 4, 5 }));
            Assert.That(rejected[1]!["errors"]![0]!.GetValue<string>(), Does.Contain("text"));
            Assert.That(rejected[2]!["errors"]![0]!.GetValue<string>(), Does.Contain("latitude"));
        });
    }

    [Test]
    public async Task An_unknown_channel_or_a_file_without_the_required_columns_is_refused_whole()
    {
        using var host = new TestHost();
        var (wrongChannel, _) = await Send(host, "/api/inbox/import?channel=media", "externalId,text,reportedAt\r\n", "text/csv");
        var (noColumns, body) = await Send(host, "/api/inbox/import?channel=12345", "id,content\r\n1,x\r\n", "text/csv");
        Assert.Multiple(() =>
        {
            Assert.That(wrongChannel, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(noColumns, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body, Does.Contain("externalId"));
        });
    }

    internal static async Task<JsonNode> Import(TestHost host, string channel, string body, string contentType)
    {
        var (status, text) = await Send(host, $"/api/inbox/import?channel={channel}", body, contentType);
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK), text);
        return JsonNode.Parse(text)!;
    }

    private static async Task<(HttpStatusCode, string)> Send(TestHost host, string path, string body, string contentType)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await host.Http.PostAsync(path, content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
