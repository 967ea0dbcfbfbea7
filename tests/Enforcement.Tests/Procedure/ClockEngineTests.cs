using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Procedure;

/// <summary>One clock engine for the service commitments and the statutory limits: pause, resume, extend, each with a reason.</summary>
[NonParallelizable]
public sealed class ClockEngineTests
{
    [Test]
    public async Task A_paused_clock_does_not_run_out_and_resuming_moves_its_due_time_by_the_pause()
    {
        await using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host, "12345-CLOCK-1");
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        var dueBefore = DateTimeOffset.Parse((string)CaseFlow.Clock(await host.Api.GetOk($"/api/cases/{caseId}"), "arrival")["dueAt"]!);

        var (noReason, _) = await host.Api.Post($"/api/cases/{caseId}/pause-clock", new { kind = "arrival" });
        Assert.That(noReason, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var paused = await host.Api.PostOk($"/api/cases/{caseId}/pause-clock", new { kind = "arrival", reason = "道路封闭，等待交警放行" });
        Assert.That((string)CaseFlow.Clock(paused, "arrival")["state"]!, Is.EqualTo("paused"));

        host.Advance(TimeSpan.FromMinutes(45));
        await host.RunClockSweepAsync();
        Assert.That(host.Overdue.Received, Is.Empty, "a paused clock is never flagged");

        var resumed = await host.Api.PostOk($"/api/cases/{caseId}/resume-clock", new { kind = "arrival", reason = "道路已放行" });
        var arrival = CaseFlow.Clock(resumed, "arrival");
        Assert.Multiple(() =>
        {
            Assert.That(DateTimeOffset.Parse((string)arrival["dueAt"]!), Is.EqualTo(dueBefore.AddMinutes(45)));
            Assert.That((string)arrival["state"]!, Is.EqualTo("running"));
            Assert.That((string)arrival["pauseReason"]!, Does.Contain("道路封闭"));
        });
        var timeline = await host.Api.GetOk($"/api/cases/{caseId}/timeline");
        Assert.That(timeline.AsArray().Select(e => (string)e!["action"]!), Does.Contain("pause-clock").And.Contain("resume-clock"));
    }

    [Test]
    public async Task The_decision_clock_is_extended_only_by_an_approved_extension_and_every_clock_shows_its_legal_source()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.BarbecueOnSite(host, "12345-CLOCK-2");
        var filed = await PenaltyCase.File(host, caseId);
        var (refused, body) = await host.Api.Post($"/api/cases/{caseId}/extend-clock", new { kind = "decision", units = 30, reason = "想多查几天" });
        Assert.Multiple(() =>
        {
            Assert.That(refused, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)body!["detail"]!, Does.Contain("须经批准延长"));
            Assert.That(filed["clocks"]!.AsArray().Select(c => (string)c!["source"]!), Has.All.Not.Empty);
            Assert.That((string)CaseFlow.Clock(filed, "decision")["basisName"]!, Is.EqualTo("自然日"));
        });
    }

    [Test]
    public async Task Working_days_skip_the_configured_holidays()
    {
        await using var host = new TestHost(settings: new()
        {
            ["Enforcement:Calendar:Years:0"] = "2026",
            ["Enforcement:Calendar:Holidays:0"] = "2026-12-01",
            ["Enforcement:Calendar:Holidays:1"] = "2026-12-02",
        });
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.BarbecueOnSite(host, "12345-CLOCK-3");
        await PenaltyCase.File(host, caseId);
        await PenaltyCase.FileAndInvestigateRest(host, caseId);
        var notified = await host.Api.PostOk($"/api/cases/{caseId}/notify", new { kind = "fine", amount = 15000 });
        // Friday 27 Nov + 5 working days, skipping the weekend and the two configured holidays = Tuesday 8 Dec.
        Assert.That((string)PenaltyCase.Proceeding(notified)["hearingRequestDeadline"]!, Is.EqualTo("2026-12-08"));
        var calendar = await host.Api.GetOk("/api/calendar?year=2026");
        var unknown = await host.Api.GetOk("/api/calendar?year=2027");
        Assert.Multiple(() =>
        {
            Assert.That((bool)calendar["configured"]!, Is.True);
            Assert.That((bool)unknown["configured"]!, Is.False);
            Assert.That((string)unknown["note"]!, Does.Contain("未配置 2027 年"));
        });
    }
}
