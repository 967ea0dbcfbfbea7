using Enforcement.Documents.Archive;
using NUnit.Framework;
using UglyToad.PdfPig;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>The 卷宗: cover, contents, every available document, the evidence list with hashes, the record with hashes.</summary>
[TestFixture]
public sealed class CaseFileBundleTests
{
    [Test]
    public void The_case_file_binds_every_document_each_evidence_hash_and_the_record_hashes()
    {
        var pdf = Renderers.Default.RenderCaseFile(SampleCase.Archive());
        var text = PdfText.Of(pdf);
        Assert.Multiple(() =>
        {
            foreach (var title in new[] { "现场检查（勘验）笔录", "责令限期改正通知书", "行政处罚事先告知书", "行政处罚决定书", "送达回证" })
                Assert.That(text, Does.Contain(SampleCase.Authority + title), title);
            foreach (var e in SampleCase.Evidence())
            {
                Assert.That(text, Does.Contain(e.FileName));
                Assert.That(text, Does.Contain("SHA-256：" + e.Sha256), e.FileName);
            }
            foreach (var entry in SampleCase.Record())
                Assert.That(text, Does.Contain($"第{entry.Sequence}条").And.Contain("哈希：" + entry.Hash));
            Assert.That(text, Does.Contain("处罚决定（decision）"), "record actions are named after the case's steps");
            Assert.That(text, Does.Contain("1,284,517字节"));
        });
    }

    [Test]
    public void The_cover_and_contents_give_the_case_and_the_page_of_each_part()
    {
        var pdf = Renderers.Default.RenderCaseFile(SampleCase.Archive());
        var pages = PdfText.Pages(pdf);
        Assert.Multiple(() =>
        {
            Assert.That(pages[0], Does.Contain("执法案件卷宗").And.Contain("案号AJ20261127-3F9A1C2B").And.Contain("当事人张立新")
                .And.Contain("承办部门城市管理局").And.Contain("办理程序普通程序").And.Contain($"卷内页数共{pages.Count}页").And.Contain("档案员周敏"));
            Assert.That(pages[1], Does.Contain("卷内目录"));
            // Each part is listed with the page it starts on: row number, title, page, next row number.
            string[] parts = ["现场检查（勘验）笔录", "责令限期改正通知书", "行政处罚事先告知书", "行政处罚决定书", "送达回证", "证据清单", "案件记录（全过程记录）"];
            for (var k = 0; k < parts.Length; k++)
            {
                var page = pages.ToList().FindIndex(p => p.StartsWith(SampleCase.Authority + parts[k], StringComparison.Ordinal)) + 1;
                Assert.That(page, Is.GreaterThan(2), parts[k]);
                Assert.That(pages[1], Does.Contain($"{k + 1}{parts[k]}{page}{(k + 1 < parts.Length ? (k + 2).ToString() : "")}"), parts[k]);
            }
        });
    }

    [Test]
    public void Documents_the_case_has_not_reached_are_left_out()
    {
        var c = SampleCase.General() with { Decision = null, Service = null };
        var text = PdfText.Of(Renderers.Default.RenderCaseFile(SampleCase.Archive(c)));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("行政处罚事先告知书"));
            Assert.That(text, Does.Not.Contain("行政处罚决定书"));
            Assert.That(text, Does.Not.Contain("送达回证"));
            Assert.That(text, Does.Contain("未作出行政处罚决定"));
        });
    }

    [Test]
    public void A_case_without_evidence_or_record_still_has_a_case_file_that_says_so()
    {
        var input = new CaseFileInput(SampleCase.General(), [], [], Renderers.Now, "档案员周敏");
        var text = PdfText.Of(Renderers.Default.RenderCaseFile(input));
        Assert.That(text, Does.Contain("本案未登记证据文件").And.Contain("审计记录中没有本案的状态变更"));
    }

    [Test]
    public void Every_page_of_the_case_file_is_A4()
    {
        using var pdf = PdfDocument.Open(Renderers.Default.RenderCaseFile(SampleCase.Archive()));
        Assert.That(pdf.GetPages().Select(p => (Math.Round(p.Width), Math.Round(p.Height))), Has.All.EqualTo((595.0, 842.0)));
    }

    [TestCase(512, "512 字节")]
    [TestCase(1_284_517, "1.2 MB（1,284,517 字节）")]
    [TestCase(20_480, "20 KB（20,480 字节）")]
    public void Sizes_are_readable_and_exact(long bytes, string expected) => Assert.That(EvidenceList.Size(bytes), Is.EqualTo(expected));
}
