using System.Net;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Cases;

[NonParallelizable]
public sealed class OverdueCaseTests
{
    [Test]
    public async Task Arrival_at_minute_40_raises_exactly_one_CaseOverdue_and_flags_the_case()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");

        host.Advance(TimeSpan.FromMinutes(40));
        var arrived = await CaseFlow.Arrive(host, caseId);
        await host.RunClockSweepAsync();                              // the sweep must not raise it again
        var final = await host.Api.GetOk($"/api/cases/{caseId}");

        Assert.Multiple(() =>
        {
            Assert.That(host.Overdue.Received, Has.Count.EqualTo(1));
            Assert.That(host.Overdue.Received.Single().Clock, Is.EqualTo("arrival"));
            Assert.That(host.Overdue.Received.Single().CaseId.ToString(), Is.EqualTo(caseId));
            Assert.That(final["isOverdue"]!.GetValue<bool>(), Is.True);
            Assert.That(CaseFlow.Clock(arrived, "arrival")["state"]!.GetValue<string>(), Is.EqualTo("met-late"));
            Assert.That(CaseFlow.Clock(final, "result")["state"]!.GetValue<string>(), Is.EqualTo("running"));
        });
    }

    [Test]
    public async Task The_sweep_flags_a_clock_that_ran_out_and_a_late_arrival_does_not_raise_it_twice()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");

        host.Advance(TimeSpan.FromMinutes(31));
        await host.RunClockSweepAsync();
        var flagged = await host.Api.GetOk($"/api/cases/{caseId}");
        Assert.That(CaseFlow.Clock(flagged, "arrival")["state"]!.GetValue<string>(), Is.EqualTo("overdue"));

        host.Advance(TimeSpan.FromMinutes(9));                       // arrival at minute 40
        await CaseFlow.Arrive(host, caseId);
        await host.RunClockSweepAsync();

        Assert.Multiple(() =>
        {
            Assert.That(host.Overdue.Received, Has.Count.EqualTo(1));
            Assert.That(flagged["isOverdue"]!.GetValue<bool>(), Is.True);
        });
    }

    [Test]
    public async Task A_result_later_than_30_minutes_after_arrival_is_overdue_once()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        host.Advance(TimeSpan.FromMinutes(10));
        await CaseFlow.Arrive(host, caseId);
        host.Advance(TimeSpan.FromMinutes(45));
        var resulted = await host.Api.PostOk($"/api/cases/{caseId}/result", CaseFlow.BarbecueResult);

        Assert.Multiple(() =>
        {
            Assert.That(host.Overdue.Received.Select(o => o.Clock), Is.EqualTo(new[] { "result" }));
            Assert.That(CaseFlow.Clock(resulted, "arrival")["state"]!.GetValue<string>(), Is.EqualTo("met"));
            Assert.That(CaseFlow.Clock(resulted, "result")["state"]!.GetValue<string>(), Is.EqualTo("met-late"));
        });
    }
}
