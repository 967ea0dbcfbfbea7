using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Catalogue;

[NonParallelizable]
public sealed class DelegationTests
{
    private const string Item = "CG-YY-001";

    [Test]
    public async Task A_change_from_dispatched_to_joint_shows_from_its_effective_date_is_recorded_and_leaves_an_open_case_alone()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, Item);

        var change = await host.Api.PostOk("/api/delegations", new
        {
            itemCode = Item, mode = "joint", effectiveFrom = "2026-12-01", documentNumber = "建综执〔2026〕12号",
            reason = "露天烧烤整治改为与环保联合执法",
        }, HttpStatusCode.Created);

        var today = await Row(host, null);
        var before = await Row(host, "2026-11-30");
        var from = await Row(host, "2026-12-01");
        var history = (await host.Api.GetOk($"/api/delegations/{Item}/history")).AsArray();
        var record = (await host.Api.GetOk($"/api/audit?entityType=delegation&entityId={Item}")).AsArray();
        var openCase = await host.Api.GetOk($"/api/cases/{caseId}");

        Assert.Multiple(() =>
        {
            Assert.That(change["modeName"]!.GetValue<string>(), Is.EqualTo("联合执法"));
            Assert.That(today["mode"]!.GetValue<string>(), Is.EqualTo("dispatched"));
            Assert.That(before["mode"]!.GetValue<string>(), Is.EqualTo("dispatched"));
            Assert.That(from["mode"]!.GetValue<string>(), Is.EqualTo("joint"));
            Assert.That(from["documentNumber"]!.GetValue<string>(), Is.EqualTo("建综执〔2026〕12号"));
            Assert.That(history.Select(h => h!["effectiveTo"]?.GetValue<string>()), Is.EqualTo(new[] { "2026-11-30", null }));
            Assert.That(record.Select(e => e!["action"]!.GetValue<string>()), Is.EqualTo(new[] { "delegation-seeded", "delegation-changed" }));
            Assert.That(openCase["delegationMode"]!.GetValue<string>(), Is.EqualTo("dispatched"));
        });

        // Once in force, a new case is filed under the new delegation; the old one still is not. (Another
        // place: the same complaint at the same place would be a "me too" of the open case.)
        host.At(TimeSpan.FromDays(4));                                        // 2026-12-01
        var second = await host.Api.PostOk("/api/inbox", Api.WorkOrder("12345-20261201-0007", CaseFlow.BarbecueComplaint, address: "南苑街道江东中路99号"), HttpStatusCode.Created);
        var opened = await host.Api.PostOk($"/api/inbox/{second["id"]}/accept", new { itemCode = Item }, HttpStatusCode.Created);
        var newCase = await host.Api.GetOk($"/api/cases/{opened["caseId"]}");
        var oldCase = await host.Api.GetOk($"/api/cases/{caseId}");
        Assert.Multiple(() =>
        {
            Assert.That(newCase["delegationMode"]!.GetValue<string>(), Is.EqualTo("joint"));
            Assert.That(oldCase["delegationMode"]!.GetValue<string>(), Is.EqualTo("dispatched"));
        });
    }

    [Test]
    public async Task A_backdated_or_undocumented_change_is_refused()
    {
        using var host = new TestHost();
        var (status, body) = await host.Api.Post("/api/delegations", new { itemCode = Item, mode = "joint", effectiveFrom = "2026-01-01", reason = "x" });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["effectiveFrom"], Is.Not.Null);
            Assert.That(body["errors"]!["documentNumber"], Is.Not.Null);
        });
    }

    [Test]
    public async Task An_item_the_district_has_not_delegated_cannot_become_a_case()
    {
        using var host = new TestHost();
        await host.Api.PostOk("/api/delegations", new
        {
            itemCode = Item, mode = "not-delegated", effectiveFrom = "2026-11-28", reason = "收回委托，由城管局直接执法",
        }, HttpStatusCode.Created);
        host.Advance(TimeSpan.FromDays(1));
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var (status, body) = await host.Api.Post($"/api/inbox/{workOrder["id"]}/accept", new { itemCode = Item });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["detail"]!.GetValue<string>(), Does.Contain("未委托"));
        });
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> Row(TestHost host, string? on)
    {
        var list = await host.Api.GetOk("/api/power-list" + (on is null ? "" : $"?on={on}"));
        return list["items"]!.AsArray().Single(i => i!["code"]!.GetValue<string>() == Item)!;
    }
}
