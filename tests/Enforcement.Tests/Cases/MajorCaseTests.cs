using System.Net;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Cases;

[NonParallelizable]
public sealed class MajorCaseTests
{
    [Test]
    public async Task A_major_case_gets_one_day_to_an_opinion_and_fifteen_days_to_a_result()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        host.Advance(TimeSpan.FromMinutes(20));
        await CaseFlow.Arrive(host, caseId);

        var major = await host.Api.PostOk($"/api/cases/{caseId}/major", new { reason = "涉及夜市多家摊点，需联合环保、市场监管处置" });
        Assert.Multiple(() =>
        {
            Assert.That(major["isMajor"]!.GetValue<bool>(), Is.True);
            Assert.That(CaseFlow.Clock(major, "result")["state"]!.GetValue<string>(), Is.EqualTo("stopped"));
            Assert.That(CaseFlow.Clock(major, "major-opinion")["dueAt"]!.GetValue<DateTimeOffset>(),
                Is.EqualTo(TestHost.Start.AddMinutes(20).AddDays(1)));
            Assert.That(CaseFlow.Clock(major, "major-result")["dueAt"]!.GetValue<DateTimeOffset>(),
                Is.EqualTo(TestHost.Start.AddMinutes(20).AddDays(15)));
        });

        // Closing before an opinion exists is refused.
        host.Advance(TimeSpan.FromHours(2));
        await host.Api.PostOk($"/api/cases/{caseId}/opinion", new { opinion = "拟会同环保、市场监管开展联合整治，逐户责令改正" });
        host.Advance(TimeSpan.FromHours(23));                        // past the opinion's day, but the opinion is in
        await host.RunClockSweepAsync();
        Assert.That(host.Overdue.Received, Is.Empty);

        host.Advance(TimeSpan.FromDays(15));                          // now past the 15 days with no result
        await host.RunClockSweepAsync();
        var final = await host.Api.GetOk($"/api/cases/{caseId}");
        Assert.Multiple(() =>
        {
            Assert.That(host.Overdue.Received.Select(o => o.Clock), Is.EqualTo(new[] { "major-result" }));
            Assert.That(final["isOverdue"]!.GetValue<bool>(), Is.True);
            Assert.That(CaseFlow.Clock(final, "major-opinion")["state"]!.GetValue<string>(), Is.EqualTo("met"));
        });
    }

    [Test]
    public async Task Marking_major_needs_a_reason()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        var (status, body) = await host.Api.Post($"/api/cases/{caseId}/major", new { reason = " " });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["reason"], Is.Not.Null);
        });
    }
}
