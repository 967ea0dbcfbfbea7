using Enforcement.Modules.Culture;
using Enforcement.Modules.Culture.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Culture;

public sealed class CultureCatalogueTests
{
    private static readonly CultureModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new CultureModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Has_exactly_eight_items_with_unique_codes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Module.Items, Has.Count.EqualTo(8));
            Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
            Assert.That(Module.Items.Select(i => i.Code), Has.All.Matches(@"^WH-[A-Z]{2}-\d{3}$"));
            Assert.That(Module.Items.Select(i => i.Department), Has.All.EqualTo(CultureModule.ModuleKey));
        });
    }

    [Test]
    public void Module_is_a_liaison_department() => Assert.That(Module.Kind, Is.EqualTo(Enforcement.Shared.Modules.DepartmentKind.Liaison));

    [TestCaseSource(nameof(Items))]
    public void Item_is_joint_and_cites_only_the_culture_texts(EnforcementItem item)
    {
        // 互联网上网服务营业场所管理条例 is outside the reference texts; WH-WB-001 marks its citation unchecked.
        string[] laws = ["娱乐场所管理条例", "出版管理条例", "著作权法", "互联网上网服务营业场所管理条例"];
        Assert.Multiple(() =>
        {
            Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Joint));
            Assert.That(laws, Does.Contain(item.Violated.Law));
            Assert.That(laws, Does.Contain(item.PenaltyBasis.Law));
            Assert.That(item.Field, Is.Not.Empty);
            Assert.That(item.Matching.Keywords, Is.Not.Empty);
        });
    }

    [TestCaseSource(nameof(Items))]
    public void Form_code_resolves_to_one_form(EnforcementItem item) =>
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));

    [Test]
    public void Forms_are_prefixed_unique_used_and_offer_no_action()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        foreach (var form in Module.Forms)
        {
            Assert.Multiple(() =>
            {
                Assert.That(form.Code, Does.StartWith("WH-F-"));
                Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
                Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
                Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain("无需处置"), form.Code);
                Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
            });
        }
    }

    [TestCaseSource(nameof(Items))]
    public void Fine_bands_are_ordered_and_never_local(EnforcementItem item)
    {
        var p = item.Penalty;
        Assert.That(p.LocalRule, Is.Null, "the culture texts state their own amounts");
        foreach (var band in new[] { p.Fine, p.OrganisationFine }.OfType<FineBand>())
            Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max));
    }

    /// <summary>
    /// 行政处罚法 第五十一条: a warning, ≤ 200 yuan (individual) or ≤ 3,000 yuan (organisation) — and not where
    /// the article makes confiscation (没收) or 取缔 part of the penalty.
    /// </summary>
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_follows_article_51(EnforcementItem item)
    {
        var p = item.Penalty;
        var smallPenalty = p.Wording.Contains("警告") || p.Fine is { Min: <= 200 } || p.BandFor(PartyKind.Organisation) is { Min: <= 3000 };
        var beyondTheSpot = p.Wording.Contains("没收") || p.Wording.Contains("取缔");
        // A penalty whose text the system does not hold is never decided on the spot.
        var unchecked_ = item.PenaltyBasis.CheckNote is not null;
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(smallPenalty && !beyondTheSpot && !unchecked_));
    }

    [Test]
    public void First_offence_exemption_only_for_the_missing_sign() =>
        Assert.That(Module.Items.Where(i => i.FirstOffenceExemption).Select(i => i.Code), Is.EqualTo(new[] { "WH-YL-005" }));

    [Test]
    public void Unlicensed_publication_sale_rests_on_article_61_not_on_the_content_articles()
    {
        var item = Module.Items.Single(i => i.Code == "WH-CB-001");
        Assert.Multiple(() =>
        {
            Assert.That(item.Violated, Is.EqualTo(new LegalBasis("出版管理条例", 35, 2)));
            Assert.That(item.PenaltyBasis.ToString(), Is.EqualTo("《出版管理条例》第六十一条"));
            Assert.That(item.Penalty.Fine, Is.EqualTo(new FineBand(0, 50000)));
        });
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        Assert.That(CultureRules.All, Has.Count.GreaterThanOrEqualTo(2));
        foreach (var rule in CultureRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
