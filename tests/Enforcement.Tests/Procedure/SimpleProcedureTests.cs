using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Procedure;

/// <summary>简易程序 (行政处罚法 第51–53条) through the real host on a real SQLite file.</summary>
[NonParallelizable]
public sealed class SimpleProcedureTests
{
    [Test]
    public async Task A_littering_fine_is_decided_on_the_spot_served_at_once_paid_closed_and_archived()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.LitteringTruckOnSite(host, "12345-SIMPLE-1");
        var before = await host.Api.GetOk($"/api/cases/{caseId}");
        Assert.That(before["allowedActions"]!.AsArray().Select(a => (string)a!), Does.Contain("simple-decision").And.Contain("file"));

        var decided = await host.Api.PostOk($"/api/cases/{caseId}/simple-decision", new
        {
            officers = PenaltyCase.Officers, party = PenaltyCase.Party, kind = "fine", amount = 150,
            facts = "当事人驾驶三轮车运输生活垃圾沿途遗撒", circumstances = new { mitigatedHarm = true },
        });
        var p = PenaltyCase.Proceeding(decided);
        Assert.Multiple(() =>
        {
            Assert.That((string)p["kind"]!, Is.EqualTo("simple"));
            Assert.That((string)p["stage"]!, Is.EqualTo("served"));
            Assert.That((string)p["decisionNumber"]!, Does.StartWith("南苑综执当场罚决字〔2026〕第"));
            Assert.That((string)p["serviceMethod"]!, Is.EqualTo("当场交付"));
            Assert.That((decimal)p["decisionAmount"]!, Is.EqualTo(150m));
            Assert.That(p["officers"]!.AsArray().Select(o => (string)o!["certificateNumber"]!), Is.EqualTo(new[] { "32010001", "32010002" }));
            Assert.That((string)CaseFlow.Clock(decided, "payment")["source"]!, Does.Contain("第六十七条"));
        });

        host.Advance(TimeSpan.FromDays(3));
        await host.Api.PostOk($"/api/cases/{caseId}/pay", new { paidOn = "2026-11-30", amount = 150 });
        await host.Api.PostOk($"/api/cases/{caseId}/result", PenaltyCase.LitteringResult);
        await host.Api.PostOk($"/api/cases/{caseId}/close", new { });
        await host.Api.PostOk($"/api/cases/{caseId}/close-proceeding", new { note = "罚款已缴纳" });
        var archived = await host.Api.PostOk($"/api/cases/{caseId}/archive", new { });
        Assert.Multiple(() =>
        {
            Assert.That(archived["archivedAt"], Is.Not.Null);
            Assert.That(archived["allowedActions"]!.AsArray(), Is.Empty, "an archived case is sealed");
        });
    }

    [Test]
    public async Task A_simple_procedure_fine_over_the_article_51_limit_is_refused_and_nothing_is_recorded()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.LitteringTruckOnSite(host, "12345-SIMPLE-2");
        var (status, body) = await host.Api.Post($"/api/cases/{caseId}/simple-decision", new
        {
            officers = PenaltyCase.Officers, party = PenaltyCase.Party, kind = "fine", amount = 300,
            facts = "当事人驾驶三轮车运输生活垃圾沿途遗撒",
        });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)body!["detail"]!, Does.Contain("第五十一条").And.Contain("200"));
        });
        var after = await host.Api.GetOk($"/api/cases/{caseId}");
        Assert.That(after["proceeding"], Is.Null);
    }

    [Test]
    public async Task A_decision_by_one_officer_is_refused()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.LitteringTruckOnSite(host, "12345-SIMPLE-3");
        var (status, body) = await host.Api.Post($"/api/cases/{caseId}/simple-decision", new
        {
            officers = new[] { "NY-001" }, party = PenaltyCase.Party, kind = "fine", amount = 100, facts = "沿途遗撒生活垃圾", circumstances = new { mitigatedHarm = true },
        });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)body!["detail"]!, Does.Contain("不得少于两人").And.Contain("第四十二条"));
        });
    }

    [Test]
    public async Task An_officer_whose_certificate_has_expired_is_refused()
    {
        await using var host = new TestHost();
        await Workforce.Roster.Qualified(host, "NY-001", "王建国", "32010001", "city-management");
        await Workforce.Roster.Register(host, "NY-003", "赵国强");
        await Workforce.Roster.Certify(host, "NY-003", "32010003", ["city-management"], issuedOn: "2021-07-01", validUntil: "2026-06-30");
        await Workforce.Roster.Acknowledge(host, "NY-003");
        var caseId = await PenaltyCase.LitteringTruckOnSite(host, "12345-SIMPLE-4");
        var (status, body) = await host.Api.Post($"/api/cases/{caseId}/simple-decision", new
        {
            officers = new[] { "NY-001", "NY-003" }, party = PenaltyCase.Party, kind = "fine", amount = 100, facts = "沿途遗撒生活垃圾", circumstances = new { mitigatedHarm = true },
        });
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That((string)body!["detail"]!, Does.Contain("NY-003").And.Contain("过期"));
        });
    }
}
