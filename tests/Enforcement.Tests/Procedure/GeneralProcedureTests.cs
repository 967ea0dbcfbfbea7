using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Procedure;

/// <summary>普通程序 (行政处罚法 第54–65条) through the real host on a real SQLite file.</summary>
[NonParallelizable]
public sealed class GeneralProcedureTests
{
    [Test]
    public async Task A_large_fine_goes_through_notice_a_requested_hearing_and_legal_review_to_a_served_decision()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.BarbecueOnSite(host, "12345-GEN-HEARING");
        var filed = await PenaltyCase.File(host, caseId);
        Assert.That((string)CaseFlow.Clock(filed, "decision")["source"]!, Does.Contain("第六十条"));
        await PenaltyCase.FileAndInvestigateRest(host, caseId);

        // 15,000 yuan is at or above the default "larger amount" for individuals: the party may ask for a hearing.
        var notified = await host.Api.PostOk($"/api/cases/{caseId}/notify", new { kind = "fine", amount = 15000 });
        var p = PenaltyCase.Proceeding(notified);
        Assert.Multiple(() =>
        {
            Assert.That((bool)p["hearingRight"]!, Is.True);
            // Friday 27 Nov + 5 working days = Friday 4 Dec (第64条第（一）项, 第85条).
            Assert.That((string)p["hearingRequestDeadline"]!, Is.EqualTo("2026-12-04"));
            Assert.That((string)CaseFlow.Clock(notified, "hearing-request")["basis"]!, Is.EqualTo("working-days"));
        });

        host.Advance(TimeSpan.FromDays(3));
        await host.Api.PostOk($"/api/cases/{caseId}/request-hearing", new { });
        // A hearing sooner than 7 working days after its notice is refused (第64条第（二）项).
        var (tooSoon, tooSoonBody) = await host.Api.Post($"/api/cases/{caseId}/schedule-hearing",
            new { at = "2026-12-04T09:00:00+08:00", place = "大队听证室", host = "陈法制" });
        Assert.That(tooSoon, Is.EqualTo(HttpStatusCode.UnprocessableEntity), PenaltyCase.Text(tooSoonBody));
        // The investigating officer may not chair it (第64条第（四）项).
        var (investigator, _) = await host.Api.Post($"/api/cases/{caseId}/schedule-hearing",
            new { at = "2026-12-15T09:00:00+08:00", place = "大队听证室", host = "王建国" });
        Assert.That(investigator, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        await host.Api.PostOk($"/api/cases/{caseId}/schedule-hearing", new { at = "2026-12-15T09:00:00+08:00", place = "大队听证室", host = "陈法制" });

        // Deciding before the hearing is refused.
        var (early, _) = await host.Api.Post($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 15000, circumstances = new { repeat = true } });
        Assert.That(early, Is.EqualTo(HttpStatusCode.UnprocessableEntity));

        host.At(TimeSpan.FromDays(18));   // 15 December, 09:00
        await host.Api.PostOk($"/api/cases/{caseId}/hold-hearing", new { partyAppeared = true, record = "当事人称系初次经营，请求从轻；调查人员出示照片证据" });
        // A heard case needs legal review (第58条第一款第（二）项) ...
        var (unreviewed, unreviewedBody) = await host.Api.Post($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 15000, circumstances = new { repeat = true } });
        Assert.Multiple(() =>
        {
            Assert.That(unreviewed, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)unreviewedBody!["detail"]!, Does.Contain("第五十八条"));
        });
        await host.Api.PostOk($"/api/cases/{caseId}/legal-review", new { passed = true, opinion = "事实清楚，证据确凿，适用法律正确，程序合法" });
        // ... and the party who argued back may not get more than was notified (第45条第二款).
        var (heavier, heavierBody) = await host.Api.Post($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 18000, circumstances = new { repeat = true } });
        Assert.Multiple(() =>
        {
            Assert.That(heavier, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)heavierBody!["detail"]!, Does.Contain("第四十五条第二款"));
        });
        var decided = await host.Api.PostOk($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 15000, circumstances = new { repeat = true } });
        Assert.That((string)PenaltyCase.Proceeding(decided)["decisionNumber"]!, Is.EqualTo("南苑综执罚决字〔2026〕第0001号"));
        Assert.That((string)CaseFlow.Clock(decided, "service")["source"]!, Does.Contain("第六十一条"));

        var served = await host.Api.PostOk($"/api/cases/{caseId}/serve", new { method = "直接送达", recipient = "张某某", place = "兴隆大街20号" });
        Assert.Multiple(() =>
        {
            Assert.That((string)PenaltyCase.Proceeding(served)["stage"]!, Is.EqualTo("served"));
            Assert.That((string)PenaltyCase.Proceeding(served)["paymentDueOn"]!, Is.EqualTo("2026-12-30"));
        });
    }

    [Test]
    public async Task A_fine_outside_the_discretion_band_needs_a_reason_and_a_passed_legal_review()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.BarbecueOnSite(host, "12345-GEN-REVIEW");
        await PenaltyCase.File(host, caseId);
        await PenaltyCase.FileAndInvestigateRest(host, caseId);
        await host.Api.PostOk($"/api/cases/{caseId}/notify", new { kind = "fine", amount = 8000 });
        await host.Api.PostOk($"/api/cases/{caseId}/statement", new { statement = "当事人承认违法事实，表示已停止烧烤" });
        host.Advance(TimeSpan.FromDays(1));

        // Ordinary circumstances give the middle band (6,350–14,150 yuan); 5,000 lies below it.
        var (noReason, noReasonBody) = await host.Api.Post($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 5000 });
        Assert.Multiple(() =>
        {
            Assert.That(noReason, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)noReasonBody!["detail"]!, Does.Contain("裁量基准"));
        });
        var (noReview, noReviewBody) = await host.Api.Post($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 5000, deviationReason = "当事人系低收入人员，已主动拆除烧烤设施" });
        Assert.That((string)noReviewBody!["detail"]!, Does.Contain("未经法制审核"), noReview.ToString());
        await host.Api.PostOk($"/api/cases/{caseId}/legal-review", new { passed = false, opinion = "理由不充分" });
        var (failed, failedBody) = await host.Api.Post($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 5000, deviationReason = "当事人系低收入人员" });
        Assert.That((string)failedBody!["detail"]!, Does.Contain("审核未通过"), failed.ToString());
        await host.Api.PostOk($"/api/cases/{caseId}/legal-review", new { passed = true, opinion = "补充了收入证明，同意减轻" });
        var decided = await host.Api.PostOk($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 5000, deviationReason = "当事人系低收入人员，已提交收入证明" });
        Assert.Multiple(() =>
        {
            Assert.That((string)PenaltyCase.Proceeding(decided)["deviationReason"]!, Does.Contain("低收入"));
            Assert.That((string)PenaltyCase.Proceeding(decided)["reviewer"]!, Is.Not.Empty);
        });
    }

    [Test]
    public async Task A_decision_on_day_91_without_an_extension_is_refused_and_allowed_after_a_recorded_extension()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.BarbecueOnSite(host, "12345-GEN-DAY91");
        await PenaltyCase.File(host, caseId);
        await PenaltyCase.FileAndInvestigateRest(host, caseId);
        await host.Api.PostOk($"/api/cases/{caseId}/notify", new { kind = "fine", amount = 8000 });
        await host.Api.PostOk($"/api/cases/{caseId}/statement", new { waived = true });

        host.At(TimeSpan.FromDays(91));
        await host.RunClockSweepAsync();
        var (late, lateBody) = await host.Api.Post($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 8000 });
        Assert.Multiple(() =>
        {
            Assert.That(late, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)lateBody!["detail"]!, Does.Contain("第六十条"));
            Assert.That(host.Overdue.Received.Where(o => o.CaseId.ToString() == caseId).Select(o => o.Clock), Does.Contain("decision"), "the 90-day clock ran out and was flagged");
        });

        var (noBasis, _) = await host.Api.Post($"/api/cases/{caseId}/extend", new { days = 30, reason = "需补充检测鉴定" });
        Assert.That(noBasis, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
        var extended = await host.Api.PostOk($"/api/cases/{caseId}/extend",
            new { days = 30, reason = "案情复杂，需补充检测鉴定", basis = "本省行政处罚程序规定关于延长办案期限的条款（经大队负责人批准）" });
        Assert.That((int)CaseFlow.Clock(extended, "decision")["extendedBy"]!, Is.EqualTo(30));
        await host.Api.PostOk($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 8000 });
    }

    [Test]
    public async Task A_late_payment_carries_a_late_fee_of_three_percent_a_day_capped_at_the_fine()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.BarbecueOnSite(host, "12345-GEN-LATE");
        await PenaltyCase.File(host, caseId);
        await PenaltyCase.FileAndInvestigateRest(host, caseId);
        await host.Api.PostOk($"/api/cases/{caseId}/notify", new { kind = "fine", amount = 8000 });
        await host.Api.PostOk($"/api/cases/{caseId}/statement", new { waived = true });
        await host.Api.PostOk($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 8000 });
        var served = await host.Api.PostOk($"/api/cases/{caseId}/serve", new { method = "直接送达", recipient = "张某某" });
        Assert.That((string)PenaltyCase.Proceeding(served)["paymentDueOn"]!, Is.EqualTo("2026-12-12"));

        // Ten days late: 8,000 × 3 % × 10 = 2,400 yuan.
        host.At(TimeSpan.FromDays(26));
        var (shortPaid, shortBody) = await host.Api.Post($"/api/cases/{caseId}/pay", new { paidOn = "2026-12-22", amount = 8000 });
        Assert.Multiple(() =>
        {
            Assert.That(shortPaid, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)shortBody!["detail"]!, Does.Contain("10400").And.Contain("2400").And.Contain("第七十二条"));
        });

        // A hundred days late the fee stops at the fine itself.
        host.At(TimeSpan.FromDays(120));
        var pending = await host.Api.GetOk($"/api/cases/{caseId}");
        Assert.That((decimal)PenaltyCase.Proceeding(pending)["lateFeeIfPaidToday"]!, Is.EqualTo(8000m));
        var paid = await host.Api.PostOk($"/api/cases/{caseId}/pay", new { paidOn = "2027-03-27", amount = 16000 });
        Assert.Multiple(() =>
        {
            Assert.That((decimal)PenaltyCase.Proceeding(paid)["lateFee"]!, Is.EqualTo(8000m));
            Assert.That((string)PenaltyCase.Proceeding(paid)["stage"]!, Is.EqualTo("executed"));
        });
    }
}
