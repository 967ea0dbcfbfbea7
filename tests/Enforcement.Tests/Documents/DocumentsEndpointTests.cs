using System.Net;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;
using UglyToad.PdfPig;

namespace Enforcement.Tests.Documents;

/// <summary>The documents endpoints through the real host: the list, each PDF, the refusals, and the 卷宗 with the real record.</summary>
[NonParallelizable]
public sealed class DocumentsEndpointTests
{
    [Test]
    public async Task The_list_shows_each_document_and_the_missing_step_and_a_document_not_reached_is_409()
    {
        var files = new StandInCaseFiles();
        using var host = new TestHost(container: files.Register);
        var caseId = Guid.NewGuid();
        files.Files[caseId] = BarbecueCaseFile.Inspected(caseId, "AJ20261127-0000AAAA");

        var list = (await host.Api.GetOk($"/api/cases/{caseId}/documents")).AsArray();
        var byKind = list.ToDictionary(d => d!["kind"]!.GetValue<string>(), d => d!);
        Assert.Multiple(() =>
        {
            Assert.That(byKind.Keys, Is.EqualTo(new[] { "inspection-record", "correction-order", "prior-notice", "decision", "service-receipt" }));
            Assert.That(byKind["inspection-record"]["available"]!.GetValue<bool>(), Is.True);
            Assert.That(byKind["inspection-record"]["name"]!.GetValue<string>(), Is.EqualTo("现场检查（勘验）笔录"));
            Assert.That(byKind["inspection-record"]["url"]!.GetValue<string>(), Is.EqualTo($"/api/cases/{caseId}/documents/inspection-record"));
            Assert.That(byKind["decision"]["available"]!.GetValue<bool>(), Is.False);
            Assert.That(byKind["decision"]["missing"]!.GetValue<string>(), Does.Contain("尚未作出行政处罚决定"));
            Assert.That(byKind["decision"]["note"]!.GetValue<string>(), Does.Contain("核对"));
        });

        var (status, problem) = await host.Api.Get($"/api/cases/{caseId}/documents/decision");
        Assert.That(status, Is.EqualTo(HttpStatusCode.Conflict));
        Assert.That(problem!["detail"]!.GetValue<string>(), Does.Contain("尚未作出行政处罚决定"));

        var (unknownKind, kindProblem) = await host.Api.Get($"/api/cases/{caseId}/documents/receipt-of-payment");
        Assert.That(unknownKind, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(kindProblem!["detail"]!.GetValue<string>(), Does.Contain("service-receipt"));
        var unknownCase = Guid.NewGuid();
        Assert.That((await host.Api.Get($"/api/cases/{unknownCase}/documents")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await host.Api.Get($"/api/cases/{unknownCase}/documents/decision")).Status, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That((await host.Api.Get($"/api/cases/{unknownCase}/case-file")).Status, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_document_downloads_as_a_PDF_with_a_safe_name_and_readable_Chinese()
    {
        var files = new StandInCaseFiles();
        using var host = new TestHost(container: files.Register);
        var caseId = Guid.NewGuid();
        files.Files[caseId] = BarbecueCaseFile.Decided(caseId, "AJ20261127-0000BBBB");
        files.Evidence[caseId] = BarbecueCaseFile.Evidence(caseId);

        using var response = await host.Http.GetAsync($"/api/cases/{caseId}/documents/decision");
        var pdf = await response.Content.ReadAsByteArrayAsync();
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType!.MediaType, Is.EqualTo("application/pdf"));
            Assert.That(disposition.DispositionType, Is.EqualTo("attachment"));
            Assert.That(disposition.FileNameStar, Is.EqualTo("行政处罚决定书-AJ20261127-0000BBBB.pdf"));
            Assert.That(disposition.FileName!.Trim('"'), Does.Match("^[ -~]+$"), "an ASCII fallback name");
        });
        var text = Text(pdf);
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("当事人：" + BarbecueCaseFile.Party));
            Assert.That(text, Does.Contain(Squeeze(BarbecueCaseFile.Facts)));
            Assert.That(text, Does.Contain("依据《大气污染防治法》第一百一十八条第三款的规定"));
            Assert.That(text, Does.Contain("没收烧烤工具，并处罚款人民币一千元"));
            Assert.That(text, Does.Contain("现场照片《烧烤摊现场.jpg》"), "the evidence came over the bus");
        });
    }

    [Test]
    public async Task The_case_file_binds_the_case_s_real_record_with_every_hash()
    {
        var files = new StandInCaseFiles();
        using var host = new TestHost(container: files.Register);
        var caseId = await CaseFlow.OpenAndDispatch(host, await CaseFlow.ReceiveBarbecueComplaint(host), "CG-YY-001");
        var wang = new Api(await Crew.OfficerAsync(host, "officer-wang", caseId));
        host.Advance(TimeSpan.FromMinutes(12));
        await wang.PostOk($"/api/cases/{caseId}/arrival", new { latitude = 31.9926, longitude = 118.7221, address = "兴隆大街18号夜市入口" });
        var number = (await host.Api.GetOk($"/api/cases/{caseId}"))["number"]!.GetValue<string>();
        var id = Guid.Parse(caseId);
        files.Files[id] = BarbecueCaseFile.Decided(id, number);
        files.Evidence[id] = BarbecueCaseFile.Evidence(id);

        using var response = await host.Http.GetAsync($"/api/cases/{caseId}/case-file");
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentDisposition!.FileNameStar, Is.EqualTo($"卷宗-{number}.pdf"));
        var text = Text(await response.Content.ReadAsByteArrayAsync());

        var record = (await host.Api.GetOk($"/api/audit?entityType=case&entityId={caseId}")).AsArray();
        Assert.That(record, Has.Count.EqualTo(3));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("执法案件卷宗").And.Contain("案号" + number));
            Assert.That(text, Does.Contain("南苑街道综合行政执法大队现场检查（勘验）笔录"));
            Assert.That(text, Does.Contain("南苑街道综合行政执法大队行政处罚决定书"));
            Assert.That(text, Does.Contain("SHA-256：" + BarbecueCaseFile.Sha("烧烤摊现场")));
            foreach (var entry in record)
                Assert.That(text, Does.Contain($"第{entry!["sequence"]}条").And.Contain("哈希：" + entry["hash"]!.GetValue<string>()));
            Assert.That(text, Does.Contain("officer-wang到场（arrival）"));
            Assert.That(text, Does.Contain("立卷admin"));
        });
    }

    [Test]
    public async Task Without_the_font_documents_are_503_naming_the_Debian_package_and_the_rest_keeps_working()
    {
        var files = new StandInCaseFiles();
        using var host = new TestHost(container: files.Register,
            settings: new() { ["Enforcement:Documents:FontFile"] = "/nonexistent/fonts/wqy-microhei.ttc" });
        var caseId = Guid.NewGuid();
        files.Files[caseId] = BarbecueCaseFile.Inspected(caseId, "AJ20261127-0000CCCC");

        var (status, problem) = await host.Api.Get($"/api/cases/{caseId}/documents/inspection-record");
        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
            Assert.That(problem!["detail"]!.GetValue<string>(), Does.Contain("fonts-wqy-microhei").And.Contain("/nonexistent/fonts/wqy-microhei.ttc"));
        });
        Assert.That((await host.Api.Get($"/api/cases/{caseId}/documents")).Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await host.Api.Get("/health")).Status, Is.EqualTo(HttpStatusCode.OK));
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => Squeeze(System.Text.RegularExpressions.Regex.Replace(p.Text, @"第\s*\d+\s*页\s*共\s*\d+\s*页", ""))));
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
