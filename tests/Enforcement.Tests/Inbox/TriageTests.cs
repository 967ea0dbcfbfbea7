using System.Net;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Inbox;

[NonParallelizable]
public sealed class TriageTests
{
    [Test]
    public async Task Suggest_returns_ranked_items_with_module_key_law_and_integer_article()
    {
        using var host = new TestHost();
        var list = (await host.Api.PostOk("/api/triage/suggest", new { text = "楼下饭店的油烟直接往我家窗户里灌，呛得不行" })).AsArray();
        var scores = list.Select(s => s!["score"]!.GetValue<double>()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(list, Is.Not.Empty);
            Assert.That(scores, Is.Ordered.Descending);
            Assert.That(list[0]!["itemCode"]!.GetValue<string>(), Is.EqualTo("HB-YY-001"));
            Assert.That(list[0]!["department"]!.GetValue<string>(), Is.EqualTo("environment"));
            Assert.That(list[0]!["legalBasis"]!["law"]!.GetValue<string>(), Is.EqualTo("大气污染防治法"));
            Assert.That(list[0]!["legalBasis"]!["article"]!.GetValue<int>(), Is.EqualTo(118));
            Assert.That(list[0]!["itemName"]!.GetValue<string>(), Does.Contain("油烟"));
        });
    }

    [Test]
    public async Task A_text_that_concerns_no_item_gets_an_empty_list_and_goes_to_manual_triage()
    {
        using var host = new TestHost();
        var list = await host.Api.PostOk("/api/triage/suggest", new { text = "请问社区医院周末几点开门？" });
        var created = await host.Api.PostOk("/api/inbox", Api.WorkOrder("Q-1", "请问社区医院周末几点开门？"), HttpStatusCode.Created);
        var order = await host.Api.GetOk($"/api/inbox/{created["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(list.AsArray(), Is.Empty);
            Assert.That(order["status"]!.GetValue<string>(), Is.EqualTo("manual-triage"));
            Assert.That(order["notEnforcement"]!["category"]!.GetValue<string>(), Is.EqualTo("consultation"));
            Assert.That(order["notEnforcement"]!["reason"]!.GetValue<string>(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Overriding_the_suggestion_needs_a_reason_and_is_recorded()
    {
        using var host = new TestHost();
        var created = await host.Api.PostOk("/api/inbox", Api.WorkOrder("O-1", "路边露天烧烤，烟很大"), HttpStatusCode.Created);
        var (refused, body) = await host.Api.Post($"/api/inbox/{created["id"]}/accept", new { itemCode = "CG-LH-001" });
        var opened = await host.Api.PostOk($"/api/inbox/{created["id"]}/accept",
            new { itemCode = "CG-LH-001", overrideReason = "现场核实为烧烤摊损坏行道树" }, HttpStatusCode.Created);
        var @case = await host.Api.GetOk($"/api/cases/{opened["caseId"]}");
        var record = await host.Api.GetOk($"/api/audit?entityType=work-order&entityId={created["id"]}");

        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["overrideReason"], Is.Not.Null);
            Assert.That(@case["itemCode"]!.GetValue<string>(), Is.EqualTo("CG-LH-001"));
            Assert.That(@case["overrideReason"]!.GetValue<string>(), Is.EqualTo("现场核实为烧烤摊损坏行道树"));
            Assert.That(record.AsArray().Select(e => e!["action"]!.GetValue<string>()), Does.Contain("triage-overridden"));
        });
    }

    [Test]
    public async Task An_unknown_item_code_is_refused()
    {
        using var host = new TestHost();
        var created = await host.Api.PostOk("/api/inbox", Api.WorkOrder("U-1", "路边露天烧烤"), HttpStatusCode.Created);
        var (status, body) = await host.Api.Post($"/api/inbox/{created["id"]}/accept", new { itemCode = "XX-999", overrideReason = "试试" });
        var order = await host.Api.GetOk($"/api/inbox/{created["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["detail"]!.GetValue<string>(), Does.Contain("XX-999"));
            Assert.That(order["status"]!.GetValue<string>(), Is.EqualTo("triaged"));
        });
    }
}
