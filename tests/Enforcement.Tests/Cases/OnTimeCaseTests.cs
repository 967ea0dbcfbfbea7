using System.Net;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Cases;

[NonParallelizable]
public sealed class OnTimeCaseTests
{
    [Test]
    public async Task A_barbecue_smoke_complaint_goes_from_12345_to_a_closed_rated_case_with_no_clock_overdue()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);

        var top = workOrder["suggestions"]!.AsArray()[0]!;
        Assert.Multiple(() =>
        {
            Assert.That(workOrder["status"]!.GetValue<string>(), Is.EqualTo("triaged"));
            Assert.That(top["legalBasis"]!["law"]!.GetValue<string>(), Is.EqualTo("大气污染防治法"));
            Assert.That(top["legalBasis"]!["article"]!.GetValue<int>(), Is.EqualTo(118));
            Assert.That(top["department"]!.GetValue<string>(), Is.EqualTo("city-management"));
        });

        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, top["itemCode"]!.GetValue<string>());
        host.Advance(TimeSpan.FromMinutes(25));
        var arrived = await CaseFlow.Arrive(host, caseId);
        Assert.That(CaseFlow.Clock(arrived, "arrival")["state"]!.GetValue<string>(), Is.EqualTo("met"));

        host.Advance(TimeSpan.FromMinutes(25));                       // minute 50
        var resulted = await host.Api.PostOk($"/api/cases/{caseId}/result", CaseFlow.BarbecueResult);
        Assert.That(CaseFlow.Clock(resulted, "result")["state"]!.GetValue<string>(), Is.EqualTo("met"));

        await host.Api.PostOk($"/api/cases/{caseId}/close", null);
        var rated = await host.Api.PostOk($"/api/cases/{caseId}/satisfaction", new { rating = "satisfied", comment = "处理及时" });

        host.Advance(TimeSpan.FromDays(20));                          // long after every deadline
        await host.RunClockSweepAsync();

        var final = await host.Api.GetOk($"/api/cases/{caseId}");
        var order = await host.Api.GetOk($"/api/inbox/{workOrder["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(rated["satisfaction"]!.GetValue<string>(), Is.EqualTo("satisfied"));
            Assert.That(final["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(final["isOverdue"]!.GetValue<bool>(), Is.False);
            Assert.That(final["clocks"]!.AsArray().Select(c => c!["state"]!.GetValue<string>()), Is.All.EqualTo("met"));
            Assert.That(host.Overdue.Received, Is.Empty);
            Assert.That(order["status"]!.GetValue<string>(), Is.EqualTo("closed"));
            Assert.That(final["allowedActions"]!.AsArray().Select(a => (string)a!), Is.EqualTo(new[] { "archive" }), "a closed, rated case can only be archived");
        });
    }

    [Test]
    public async Task A_step_out_of_order_is_refused_with_409_and_changes_nothing()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");

        var (status, body) = await host.Api.Post($"/api/cases/{caseId}/close", null);
        var after = await host.Api.GetOk($"/api/cases/{caseId}");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
            Assert.That(body!["detail"]!.GetValue<string>(), Does.Contain("已派遣"));
            Assert.That(after["status"]!.GetValue<string>(), Is.EqualTo("dispatched"));
        });
    }
}
