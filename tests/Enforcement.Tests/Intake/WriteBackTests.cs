using System.Net;
using System.Text.Json.Nodes;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Intake;

[NonParallelizable]
public sealed class WriteBackTests
{
    private static string W3c(DateTimeOffset t) => t.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz");

    [Test]
    public async Task Write_back_carries_the_result_the_times_and_the_satisfaction_of_a_worked_case_and_its_me_too()
    {
        using var host = new TestHost();
        var since = W3c(host.Clock.GetUtcNow().AddHours(-1));
        var csv = $"""
            externalId,text,address,latitude,longitude,reportedAt,jurisdiction
            12345-WB-1,{CaseFlow.BarbecueComplaint},南苑街道兴隆大街18号,,,{W3c(TestHost.Start.AddMinutes(-20))},
            12345-WB-2,兴隆大街18号夜市又在烧烤，烟呛人,南苑街道兴隆大街18号,,,{W3c(TestHost.Start.AddMinutes(-10))},
            """;
        var imported = await BatchImportTests.Import(host, "12345", csv, "text/csv");
        Assert.That(imported["linkedAsDuplicates"]!.GetValue<int>(), Is.EqualTo(1));

        var inbox = (await host.Api.GetOk("/api/inbox?channel=12345")).AsArray();
        var matter = inbox.Single(w => w!["externalId"]!.GetValue<string>() == "12345-WB-1")!;
        var opened = await host.Api.PostOk($"/api/inbox/{matter["id"]}/accept", new { itemCode = "CG-YY-001" }, HttpStatusCode.Created);
        var caseId = opened["caseId"]!.GetValue<string>();
        host.Advance(TimeSpan.FromMinutes(1));
        var afterAccept = (await host.Api.GetOk($"/api/inbox/write-back?channel=12345&since={Uri.EscapeDataString(since)}"))["asOf"]!.GetValue<string>();

        // Steps of the case alone (the work orders do not change) still show in the next write-back.
        host.Advance(TimeSpan.FromMinutes(1));
        await Crew.DispatchAsync(host, caseId);
        var dispatched = await WriteBack(host, afterAccept);
        Assert.Multiple(() =>
        {
            Assert.That(dispatched["workOrders"]!.AsArray().Select(r => r!["externalId"]!.GetValue<string>()), Is.EquivalentTo(new[] { "12345-WB-1", "12345-WB-2" }));
            Assert.That(dispatched["workOrders"]![0]!["dispatchedAt"]!.GetValue<string>(), Does.EndWith("+08:00"));
        });

        host.Advance(TimeSpan.FromMinutes(20));
        await CaseFlow.Arrive(host, caseId);
        host.Advance(TimeSpan.FromMinutes(15));
        await host.Api.PostOk($"/api/cases/{caseId}/result", CaseFlow.BarbecueResult);
        await host.Api.PostOk($"/api/cases/{caseId}/close", null);
        host.Advance(TimeSpan.FromHours(2));
        await host.Api.PostOk($"/api/cases/{caseId}/satisfaction", new { rating = "satisfied", comment = "处理及时" });
        host.Advance(TimeSpan.FromMinutes(1));

        var back = await WriteBack(host, since);
        var rows = back["workOrders"]!.AsArray().ToDictionary(r => r!["externalId"]!.GetValue<string>());
        var first = rows["12345-WB-1"]!;
        var metoo = rows["12345-WB-2"]!;
        Assert.Multiple(() =>
        {
            Assert.That(back["count"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(first["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(first["caseNumber"]!.GetValue<string>(), Is.EqualTo(opened["caseNumber"]!.GetValue<string>()));
            Assert.That(first["resultSummary"]!.GetValue<string>(), Does.Contain("责令改正"));
            Assert.That(first["receivedAt"]!.GetValue<string>(), Is.EqualTo("2026-11-27T09:00:00+08:00"));
            Assert.That(first["dispatchedAt"]!.GetValue<string>(), Is.EqualTo("2026-11-27T09:02:00+08:00"));
            Assert.That(first["arrivedAt"]!.GetValue<string>(), Is.EqualTo("2026-11-27T09:22:00+08:00"));
            Assert.That(first["resultAt"]!.GetValue<string>(), Is.EqualTo("2026-11-27T09:37:00+08:00"));
            Assert.That(first["closedAt"]!.GetValue<string>(), Is.EqualTo("2026-11-27T09:37:00+08:00"));
            Assert.That(first["satisfaction"]!.GetValue<string>(), Is.EqualTo("satisfied"));
            Assert.That(first["duplicateOf"], Is.Null);
            Assert.That(first["updatedAt"]!.GetValue<string>(), Is.EqualTo("2026-11-27T11:37:00+08:00"));
            Assert.That(metoo["duplicateOf"]!.GetValue<string>(), Is.EqualTo("12345-WB-1"));
            Assert.That(metoo["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(metoo["resultSummary"]!.GetValue<string>(), Is.EqualTo(first["resultSummary"]!.GetValue<string>()));
            Assert.That(metoo["satisfaction"]!.GetValue<string>(), Is.EqualTo("satisfied"));
        });

        using var csvBack = await host.Http.GetAsync($"/api/inbox/write-back?channel=12345&since={Uri.EscapeDataString(since)}&format=csv");
        var lines = (await csvBack.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var nothingNew = await WriteBack(host, back["asOf"]!.GetValue<string>());
        Assert.Multiple(() =>
        {
            Assert.That(csvBack.Content.Headers.ContentType!.MediaType, Is.EqualTo("text/csv"));
            Assert.That(lines[0], Is.EqualTo("externalId,number,status,statusName,caseNumber,itemCode,resultSummary,receivedAt,dispatchedAt,arrivedAt,resultAt,closedAt,satisfaction,satisfactionComment,duplicateOf,updatedAt"));
            Assert.That(lines, Has.Length.EqualTo(3));
            Assert.That(lines.Any(l => l.StartsWith("12345-WB-2,") && l.Contains(",12345-WB-1,")), Is.True);
            Assert.That(nothingNew["count"]!.GetValue<int>(), Is.EqualTo(0), "asOf is the next since");
        });
    }

    [Test]
    public async Task Write_back_refuses_a_since_without_a_zone_and_takes_an_unescaped_plus()
    {
        using var host = new TestHost();
        var (status, body) = await host.Api.Get("/api/inbox/write-back?channel=12345&since=2026-11-27T09:00:00");
        var typed = await host.Api.GetOk("/api/inbox/write-back?channel=12345&since=2026-11-27T09:00:00+08:00");
        Assert.Multiple(() =>
        {
            Assert.That(typed["since"]!.GetValue<string>(), Is.EqualTo("2026-11-27T09:00:00+08:00"));
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["since"]![0]!.GetValue<string>(), Does.Contain("时区"));
        });
    }

    private static Task<JsonNode> WriteBack(TestHost host, string since) =>
        host.Api.GetOk($"/api/inbox/write-back?channel=12345&since={Uri.EscapeDataString(since)}");
}
