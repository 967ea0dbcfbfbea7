using Enforcement.Documents.Templates;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>A document whose data the case has not reached is not available, and says which step is missing.</summary>
[TestFixture]
public sealed class DocumentAvailabilityTests
{
    private static string? Missing(string kind, Enforcement.Shared.Messages.Cases.CaseFile c) => DocumentTemplates.Find(kind)!.Missing(c);

    [Test]
    public void A_case_that_has_reached_every_step_has_every_document()
    {
        var c = SampleCase.General();
        Assert.That(DocumentTemplates.All.Select(t => t.Missing(c)), Has.All.Null);
    }

    [Test]
    public void The_documents_are_listed_in_procedure_order() =>
        Assert.That(DocumentTemplates.All.Select(t => t.Kind),
            Is.EqualTo(new[] { "inspection-record", "correction-order", "prior-notice", "decision", "service-receipt" }));

    [Test]
    public void No_inspection_no_inspection_record() =>
        Assert.That(Missing("inspection-record", SampleCase.General() with { Inspection = null }), Does.Contain("尚未记录现场检查"));

    [Test]
    public void No_correction_order_no_notice_of_it() =>
        Assert.That(Missing("correction-order", SampleCase.General() with { Correction = null }), Does.Contain("尚未责令改正"));

    [Test]
    public void A_correction_order_due_the_same_day_is_not_called_limited_in_time()
    {
        var c = SampleCase.General();
        var template = DocumentTemplates.Find("correction-order")!;
        Assert.That(template.Name(c), Is.EqualTo("责令限期改正通知书"));
        Assert.That(template.Name(c with { Correction = c.Correction! with { Deadline = new DateOnly(2026, 11, 27) } }), Is.EqualTo("责令改正通知书"));
    }

    [Test]
    public void No_prior_notice_in_the_general_procedure_names_article_44()
    {
        var missing = Missing("prior-notice", SampleCase.General() with { PriorNotice = null });
        Assert.That(missing, Does.Contain("尚未进行行政处罚事先告知").And.Contain("第四十四条"));
    }

    [Test]
    public void The_simple_procedure_makes_no_prior_notice_document() =>
        Assert.That(Missing("prior-notice", SampleCase.OnTheSpot()), Does.Contain("简易程序"));

    [Test]
    public void No_decision_no_decision_and_nothing_to_serve()
    {
        var c = SampleCase.General() with { Decision = null, Service = null };
        Assert.Multiple(() =>
        {
            Assert.That(Missing("decision", c), Does.Contain("尚未作出行政处罚决定"));
            Assert.That(Missing("service-receipt", c), Does.Contain("尚未作出行政处罚决定"));
        });
    }

    [Test]
    public void A_decision_not_yet_served_has_no_service_receipt() =>
        Assert.That(Missing("service-receipt", SampleCase.General() with { Service = null }), Does.Contain("尚未送达").And.Contain("第六十一条"));

    [Test]
    public void A_decision_needs_the_party_its_address_the_facts_and_the_provisions()
    {
        var c = SampleCase.General();
        Assert.Multiple(() =>
        {
            Assert.That(Missing("decision", c with { Party = null }), Does.Contain("尚未确定当事人"));
            Assert.That(Missing("decision", c with { Party = c.Party! with { Address = null } }), Does.Contain("地址").And.Contain("第五十九条"));
            Assert.That(Missing("decision", c with { Facts = " " }), Does.Contain("违法事实"));
            Assert.That(Missing("decision", c with { PenaltyProvisions = [] }), Does.Contain("处罚依据"));
        });
    }

    [Test]
    public void An_on_the_spot_decision_needs_the_place_of_the_inspection() =>
        Assert.That(Missing("decision", SampleCase.OnTheSpot() with { Inspection = null }), Does.Contain("地点").And.Contain("第五十二条"));

    [Test]
    public void The_decision_carries_the_data_note_on_review_and_litigation_periods() =>
        Assert.That(DocumentTemplates.Find("decision")!.Note, Does.Contain("核对"));
}
