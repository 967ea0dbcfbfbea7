using Enforcement.Modules.IndustryCommerce;
using Enforcement.Modules.IndustryCommerce.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

public sealed class IndustryCommerceCatalogueTests
{
    private static readonly IndustryCommerceModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new IndustryCommerceModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Has_exactly_thirty_two_items_with_unique_codes()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(32));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
    }

    [Test]
    public void The_module_is_the_stationed_industry_and_commerce_bureau()
    {
        Assert.That(Module.Key, Is.EqualTo("industry-commerce"));
        Assert.That(Module.Kind, Is.EqualTo(Enforcement.Shared.Modules.DepartmentKind.Stationed));
    }

    [TestCaseSource(nameof(Items))]
    public void Item_is_coded_owned_and_dispatched(EnforcementItem item)
    {
        Assert.Multiple(() =>
        {
            Assert.That(item.Code, Does.Match(@"^GS-[A-Z]{2}-\d{3}$"));
            Assert.That(item.Department, Is.EqualTo(IndustryCommerceModule.ModuleKey));
            Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Dispatched));
            Assert.That(item.Field, Is.Not.Empty);
            Assert.That(item.Matching.Keywords, Is.Not.Empty);
            Assert.That(item.RequiredEvidence, Is.Not.Empty);
        });
    }

    [TestCaseSource(nameof(Items))]
    public void Form_code_resolves_to_one_form(EnforcementItem item) =>
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));

    [Test]
    public void Every_form_is_prefixed_used_and_has_the_finding_and_measure_pattern()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        foreach (var form in Module.Forms)
        {
            Assert.That(form.Code, Does.StartWith("GS-F-"));
            Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
            Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
            var finding = form.Fields.Single(f => f.Code == "finding");
            var measure = form.Fields.Single(f => f.Code == "measure");
            Assert.That(finding.Options.Count(o => o.Contains("未发现")), Is.EqualTo(1), form.Code);
            Assert.That(measure.Options, Does.Contain("无需处置"), form.Code);
            Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
        }
    }

    /// <summary>A missing figure is a multiple (倍), a local rule, or another law's (产品质量法): never dropped silently.</summary>
    [TestCaseSource(nameof(Items))]
    public void Amounts_are_stated_or_their_absence_is_explained(EnforcementItem item)
    {
        var p = item.Penalty;
        if (p.AmountsSetLocally)
        {
            Assert.That(p.Fine, Is.Null, "no invented figure where the national text sets none");
            Assert.That(p.LocalRule, Does.Contain("待核对"));
        }
        else if (p.Fine is null)
        {
            Assert.That(p.Wording.Contains('倍') || p.Wording.Contains("依照《"), Is.True,
                $"{item.Code}: no band, no local rule, and the wording is neither a multiple nor a reference to another law");
        }
        foreach (var band in new[] { p.Fine, p.OrganisationFine }.OfType<FineBand>())
            Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max));
    }

    /// <summary>行政处罚法 第五十一条: ≤ 200 yuan (individual), ≤ 3,000 yuan (organisation), or a warning.</summary>
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_follows_article_51(EnforcementItem item)
    {
        var p = item.Penalty;
        var allowed = p.Wording.Contains("警告")
            || p.Fine is { Min: <= 200 }
            || p.BandFor(PartyKind.Organisation) is { Min: <= 3000 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(allowed));
    }

    [TestCaseSource(nameof(Items))]
    public void Citations_of_the_unlicensed_business_measures_are_marked_for_checking(EnforcementItem item)
    {
        foreach (var basis in new[] { item.Violated, item.PenaltyBasis }.Where(b => b.Law == "无证无照经营查处办法"))
            Assert.That(basis.CheckNote, Is.EqualTo("待核对现行文本"), $"{item.Code}: {basis}");
    }

    [Test]
    public void Education_and_training_ads_and_school_ads_are_left_to_the_education_module()
    {
        var cited = Module.Items.Where(i => i.Violated.Law == "广告法" && i.Violated.Article is 24 or 39).Select(i => i.Code);
        Assert.That(cited, Is.Empty);
    }

    [Test]
    public void Harmful_matters_do_not_offer_the_first_offence_exemption()
    {
        string[] harmful = ["GS-GG-001", "GS-GG-002", "GS-GG-003", "GS-GG-009", "GS-GG-011", "GS-GG-012", "GS-GG-013",
            "GS-DQ-001", "GS-DQ-003", "GS-XF-001", "GS-JD-001"];
        Assert.That(Module.Items.Where(i => harmful.Contains(i.Code) && i.FirstOffenceExemption).Select(i => i.Code), Is.Empty);
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        foreach (var rule in IndustryCommerceRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
