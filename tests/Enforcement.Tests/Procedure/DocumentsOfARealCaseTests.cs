using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;
using UglyToad.PdfPig;

namespace Enforcement.Tests.Procedure;

/// <summary>The documents of a case taken through the real procedure (no stand-ins): readable Chinese with the case's own data.</summary>
[NonParallelizable]
public sealed class DocumentsOfARealCaseTests
{
    [Test]
    public async Task A_decided_and_served_case_renders_its_documents_and_case_file_with_party_facts_law_and_decision()
    {
        await using var host = new TestHost();
        await PenaltyCase.QualifiedOfficers(host);
        var caseId = await PenaltyCase.BarbecueOnSite(host, "12345-DOCS-REAL");
        await PenaltyCase.File(host, caseId);
        await PenaltyCase.FileAndInvestigateRest(host, caseId);
        await host.Api.PostOk($"/api/cases/{caseId}/correction", new { requirement = "立即停止露天烧烤，清理现场", deadline = "2026-11-28" });
        await host.Api.PostOk($"/api/cases/{caseId}/notify", new { kind = "fine", amount = 8000 });
        await host.Api.PostOk($"/api/cases/{caseId}/statement", new { waived = true });
        await host.Api.PostOk($"/api/cases/{caseId}/decide", new { kind = "fine", amount = 8000 });
        await host.Api.PostOk($"/api/cases/{caseId}/serve", new { method = "直接送达", recipient = "张某某", place = "兴隆大街20号" });

        var list = (await host.Api.GetOk($"/api/cases/{caseId}/documents")).AsArray();
        Assert.That(list.Where(d => (bool)d!["available"]!).Select(d => (string)d!["kind"]!),
            Is.SupersetOf(new[] { "correction-order", "prior-notice", "decision", "service-receipt" }));

        var decision = await Text(host, $"/api/cases/{caseId}/documents/decision");
        Assert.Multiple(() =>
        {
            Assert.That(decision, Does.Contain("行政处罚决定书"));
            Assert.That(decision, Does.Contain("张某某").And.Contain("南京市建邺区兴隆大街20号"), "the party and address");
            Assert.That(decision, Does.Contain("露天烧烤食品"), "the facts");
            Assert.That(decision, Does.Contain("《大气污染防治法》第一百一十八条第三款"), "the legal basis with law and article");
            Assert.That(decision, Does.Contain("南苑综执罚决字〔2026〕第0001号").And.Contain("罚款人民币 8000 元"), "the decision");
        });
        var notice = await Text(host, $"/api/cases/{caseId}/documents/prior-notice");
        Assert.That(notice, Does.Contain("行政处罚事先告知书").And.Contain("张某某"));
        var caseFile = await Text(host, $"/api/cases/{caseId}/case-file");
        Assert.That(caseFile, Does.Contain("全过程记录").And.Contain("（decide）").And.Contain("（serve）"), $"the 卷宗 carries the record of every step: {caseFile[^Math.Min(1500, caseFile.Length)..]}");
    }

    [Test]
    public async Task The_inspection_record_of_a_complaint_names_the_dispatched_officers_with_their_certificates()
    {
        await using var host = new TestHost();
        var caseId = await CaseFlow.OpenAndDispatch(host, await CaseFlow.ReceiveBarbecueComplaint(host, "12345-DOCS-CREW"), "CG-YY-001");
        await CaseFlow.Arrive(host, caseId);
        await host.Api.PostOk($"/api/cases/{caseId}/result", CaseFlow.BarbecueResult);

        var record = await Text(host, $"/api/cases/{caseId}/documents/inspection-record");
        Assert.That(record, Does.Contain("王建国").And.Contain("ZFCITY-MANAGEMENT-1").And.Contain("李卫东").And.Contain("ZFCITY-MANAGEMENT-2"),
            "the officers by name with the certificate (执法证) each held that day");
        Assert.That(record, Does.Contain("兴隆大街18号夜市入口（31.9926, 118.7221）").And.Not.Contain("\\u"),
            "the form's location reads as an address with coordinates, not as escaped JSON");
    }

    private static async Task<string> Text(TestHost host, string url)
    {
        using var response = await host.Http.GetAsync(url);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), url);
        Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Concat(pdf.GetPages().Select(p => p.Text));
    }
}
