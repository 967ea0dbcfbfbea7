using NUnit.Framework;
using UglyToad.PdfPig;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>
/// Each standard document rendered from a constructed case, its text read back with PdfPig: the party,
/// the facts, the legal basis with law and article, and the decision must be there as real Chinese.
/// </summary>
[TestFixture]
public sealed class DocumentRenderingTests
{
    private static string S(string text) => PdfText.Squeeze(text);

    [Test]
    public void The_decision_states_everything_article_59_requires()
    {
        var text = PdfText.Of(Renderers.Render("decision"));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(S(SampleCase.Authority)));
            Assert.That(text, Does.Contain("行政处罚决定书"));
            Assert.That(text, Does.Contain(SampleCase.DecisionNumber));
            Assert.That(text, Does.Contain("当事人：" + SampleCase.PartyName), "（一）party name");
            Assert.That(text, Does.Contain("住址：" + SampleCase.PartyAddress), "（一）address");
            Assert.That(text, Does.Contain(S(SampleCase.Facts)), "（二）facts");
            Assert.That(text, Does.Contain("现场照片《现场照片-人行道堆物.jpg》"), "（二）evidence");
            Assert.That(text, Does.Contain("违反了" + SampleCase.Violated + "的规定"), "（三）provision violated");
            Assert.That(text, Does.Contain("依据" + SampleCase.PenaltyBasis + "的规定"), "（三）penalty basis with law and article");
            Assert.That(text, Does.Contain(SampleCase.DecisionText), "（三）kind of penalty");
            Assert.That(text, Does.Contain("人民币5,000.00元（大写：伍仟元整）"));
            Assert.That(text, Does.Contain("自收到本决定书之日起十五日内，到指定的银行或者通过电子支付系统缴纳罚款"), "（四）how and by when");
            Assert.That(text, Does.Contain("《中华人民共和国行政处罚法》第六十七条第三款"));
            Assert.That(text, Does.Contain("依法申请行政复议").And.Contain("依法向人民法院提起行政诉讼"), "（五）review and suit");
            Assert.That(text, Does.Contain("2026年12月15日"), "（六）date");
            Assert.That(text, Does.Contain("（印章）"));
        });
    }

    [Test]
    public void The_decision_cites_no_article_of_the_review_or_litigation_laws_it_cannot_check()
    {
        var text = PdfText.Of(Renderers.Render("decision"));
        Assert.That(text, Does.Not.Match("《中华人民共和国行政(复议|诉讼)法》第"));
    }

    [Test]
    public void An_on_the_spot_decision_is_titled_as_such_and_names_time_place_and_officers()
    {
        var text = PdfText.Of(Renderers.Render("decision", SampleCase.OnTheSpot()));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("当场处罚决定书"));
            Assert.That(text, Does.Not.Contain("行政处罚决定书"));
            Assert.That(text, Does.Contain("处罚时间：2026年11月27日9时40分"));
            Assert.That(text, Does.Contain("处罚地点：南京市建邺区兴隆大街18号东侧人行道"));
            Assert.That(text, Does.Contain("王建国（执法证号32010001）").And.Contain("李卫东（执法证号32010002）"));
            Assert.That(text, Does.Contain("本决定为警告"));
            Assert.That(text, Does.Not.Contain("缴纳罚款"));
        });
    }

    [Test]
    public void The_prior_notice_proposes_the_penalty_and_gives_statement_defence_and_hearing_rights_with_deadlines()
    {
        var text = PdfText.Of(Renderers.Render("prior-notice"));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("行政处罚事先告知书"));
            Assert.That(text, Does.Contain("罚告〔2026〕AJ20261127-3F9A1C2B号"));
            Assert.That(text, Does.Contain("当事人：" + SampleCase.PartyName));
            Assert.That(text, Does.Contain(S(SampleCase.Facts)));
            Assert.That(text, Does.Contain("拟对你作出如下行政处罚：" + SampleCase.DecisionText));
            Assert.That(text, Does.Contain("依据" + SampleCase.PenaltyBasis));
            Assert.That(text, Does.Contain("《中华人民共和国行政处罚法》第四十四条、第四十五条"));
            Assert.That(text, Does.Contain("请于2026年12月7日前向本机关提出"));
            Assert.That(text, Does.Contain("不因你陈述、申辩而给予更重的处罚"));
            Assert.That(text, Does.Contain("《中华人民共和国行政处罚法》第六十三条、第六十四条"));
            Assert.That(text, Does.Contain("五日内（即2026年12月9日前）提出"));
        });
    }

    [Test]
    public void Without_a_hearing_right_the_prior_notice_offers_no_hearing()
    {
        var c = SampleCase.General();
        c = c with { PriorNotice = c.PriorNotice! with { HearingRight = false, HearingRequestDeadline = null } };
        Assert.That(PdfText.Of(Renderers.Render("prior-notice", c)), Does.Not.Contain("听证"));
    }

    [Test]
    public void An_organisation_is_addressed_as_such_with_its_credit_code_and_representative()
    {
        var c = SampleCase.General() with
        {
            Party = new("南京鑫隆建材经营部", "organisation", "92320105MA1XXXXX0K", "南京市建邺区兴隆大街20号", "张立新"),
        };
        var text = PdfText.Of(Renderers.Render("prior-notice", c));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("当事人：南京鑫隆建材经营部"));
            Assert.That(text, Does.Contain("统一社会信用代码：92320105MA1XXXXX0K"));
            Assert.That(text, Does.Contain("法定代表人（负责人）：张立新"));
            Assert.That(text, Does.Contain("住所（地址）：南京市建邺区兴隆大街20号"));
            Assert.That(text, Does.Contain("拟对你单位作出如下行政处罚"));
        });
    }

    [Test]
    public void The_correction_order_names_the_requirement_the_deadline_and_the_legal_basis()
    {
        var text = PdfText.Of(Renderers.Render("correction-order"));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("责令限期改正通知书"));
            Assert.That(text, Does.Contain("当事人：" + SampleCase.PartyName));
            Assert.That(text, Does.Contain(S(SampleCase.Facts)));
            Assert.That(text, Does.Contain("依据" + SampleCase.PenaltyBasis + "的规定，现责令你于2026年11月30日前改正"));
            Assert.That(text, Does.Contain("拆除擅自搭建的彩钢板棚屋"));
            Assert.That(text, Does.Contain("2026年11月27日"));
        });
    }

    [Test]
    public void The_inspection_record_names_time_place_officers_with_certificates_party_and_findings()
    {
        var text = PdfText.Of(Renderers.Render("inspection-record"));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("现场检查（勘验）笔录"));
            Assert.That(text, Does.Contain("检查（勘验）时间：2026年11月27日9时20分"));
            Assert.That(text, Does.Contain("检查（勘验）地点：南京市建邺区兴隆大街18号东侧人行道"));
            Assert.That(text, Does.Contain("王建国（执法证号32010001）、李卫东（执法证号32010002）"));
            Assert.That(text, Does.Contain("当事人：" + SampleCase.PartyName));
            Assert.That(text, Does.Contain("占用面积：12平方米"));
            Assert.That(text, Does.Contain("承认系其装修店面所用"));
            Assert.That(text, Does.Contain("当事人（签名）"));
        });
    }

    [Test]
    public void The_service_receipt_names_the_document_served_recipient_method_place_and_time()
    {
        var text = PdfText.Of(Renderers.Render("service-receipt"));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("送达回证"));
            Assert.That(text, Does.Contain("《行政处罚决定书》"));
            Assert.That(text, Does.Contain(SampleCase.DecisionNumber));
            Assert.That(text, Does.Contain("受送达人" + SampleCase.PartyName));
            Assert.That(text, Does.Contain("送达方式直接送达"));
            Assert.That(text, Does.Contain("送达时间2026年12月16日14时30分"));
            Assert.That(text, Does.Contain("受送达人签名或者盖章"));
        });
    }

    [TestCase("inspection-record")]
    [TestCase("correction-order")]
    [TestCase("prior-notice")]
    [TestCase("decision")]
    [TestCase("service-receipt")]
    public void Every_document_is_A4_embeds_its_font_and_keeps_its_text_inside_the_page(string kind)
    {
        using var pdf = PdfDocument.Open(Renderers.Render(kind));
        foreach (var page in pdf.GetPages())
        {
            Assert.That(page.Width, Is.EqualTo(595).Within(1));
            Assert.That(page.Height, Is.EqualTo(842).Within(1));
            foreach (var letter in page.Letters)
            {
                // Closing punctuation may hang one character into the 74 pt right margin, never further.
                Assert.That(letter.BoundingBox.Left, Is.GreaterThanOrEqualTo(70), $"{kind}: “{letter.Value}” left of the margin");
                Assert.That(letter.BoundingBox.Right, Is.LessThanOrEqualTo(595 - 50), $"{kind}: “{letter.Value}” past the right margin");
                Assert.That(letter.BoundingBox.Bottom, Is.GreaterThanOrEqualTo(30), $"{kind}: “{letter.Value}” below the page");
            }
        }
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.That(fonts, Has.All.Contains("WenQuanYi"), "the CJK font is embedded under its own name");
    }

    [Test]
    public void A_long_text_wraps_and_runs_on_to_a_second_page()
    {
        var c = SampleCase.General();
        var longFacts = string.Concat(Enumerable.Repeat(SampleCase.Facts, 12));
        var text = PdfText.Pages(Renderers.Render("decision", c with { Facts = longFacts }));
        Assert.That(text, Has.Count.GreaterThan(1));
        Assert.That(string.Concat(text), Does.Contain(PdfText.Squeeze(longFacts)));
    }
}
