using Enforcement.Modules.FireRescue;
using Enforcement.Modules.FireRescue.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.FireRescue;

public sealed class FireRescueCatalogueTests
{
    private static readonly FireRescueModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new FireRescueModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Has_exactly_eight_items_with_unique_codes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Module.Items, Has.Count.EqualTo(8));
            Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
            Assert.That(Module.Items.Select(i => i.Code), Has.All.Matches(@"^XF-[A-Z]{2}-\d{3}$"));
            Assert.That(Module.Items.Select(i => i.Department), Has.All.EqualTo(FireRescueModule.ModuleKey));
        });
    }

    [TestCaseSource(nameof(Items))]
    public void Item_is_joint_cites_the_fire_law_and_never_waives_a_first_offence(EnforcementItem item)
    {
        Assert.Multiple(() =>
        {
            Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Joint));
            Assert.That(item.Violated.Law, Is.EqualTo("消防法"));
            Assert.That(item.PenaltyBasis.Law, Is.EqualTo("消防法"));
            Assert.That(item.FirstOffenceExemption, Is.False, "fire safety: no 首违不罚");
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
                Assert.That(form.Code, Does.StartWith("XF-F-"));
                Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
                Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
                Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain("无需处置"), form.Code);
                Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
            });
        }
    }

    /// <summary>消防法 第六十条: 单位 5,000–50,000 yuan; 个人 警告或者五百元以下 for clauses (二)–(五) only.</summary>
    [TestCase("XF-SS-002", 2)]
    [TestCase("XF-TD-002", 3)]
    [TestCase("XF-SS-001", 4)]
    [TestCase("XF-TD-001", 5)]
    public void Article_60_items_carry_both_bands(string code, int clause)
    {
        var item = Module.Items.Single(i => i.Code == code);
        Assert.Multiple(() =>
        {
            Assert.That(item.PenaltyBasis, Is.EqualTo(new LegalBasis("消防法", 60, Clause: clause)));
            Assert.That(item.Violated, Is.EqualTo(new LegalBasis("消防法", 28)));
            Assert.That(item.Penalty.Fine, Is.EqualTo(new FineBand(0, 500)));
            Assert.That(item.Penalty.OrganisationFine, Is.EqualTo(new FineBand(5000, 50000)));
            Assert.That(item.Penalty.Wording, Does.Contain("个人有前款第二项、第三项、第四项、第五项行为之一的，处警告或者五百元以下罚款"));
        });
    }

    [Test]
    public void Doors_and_windows_of_crowded_premises_bind_organisations_only()
    {
        var item = Module.Items.Single(i => i.Code == "XF-MC-001");
        Assert.Multiple(() =>
        {
            Assert.That(item.PenaltyBasis, Is.EqualTo(new LegalBasis("消防法", 60, 1, 6)));
            Assert.That(item.Penalty.Fine, Is.EqualTo(new FineBand(5000, 50000)));
            Assert.That(item.Penalty.OrganisationFine, Is.Null);
            Assert.That(item.SimpleProcedureAllowed, Is.False);
        });
    }

    [TestCaseSource(nameof(Items))]
    public void Fine_bands_are_stated_ordered_and_never_local(EnforcementItem item)
    {
        var p = item.Penalty;
        Assert.Multiple(() =>
        {
            Assert.That(p.LocalRule, Is.Null, "消防法 states its own amounts");
            Assert.That(p.Fine, Is.Not.Null);
            foreach (var band in new[] { p.Fine, p.OrganisationFine }.OfType<FineBand>())
                Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max));
        });
    }

    /// <summary>行政处罚法 第五十一条: a warning, ≤ 200 yuan (individual) or ≤ 3,000 yuan (organisation).</summary>
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_follows_article_51(EnforcementItem item)
    {
        var p = item.Penalty;
        var allowed = p.Wording.Contains("警告") || p.Fine is { Min: <= 200 } || p.BandFor(PartyKind.Organisation) is { Min: <= 3000 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(allowed));
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        Assert.That(FireRescueRules.All, Has.Count.GreaterThanOrEqualTo(2));
        foreach (var rule in FireRescueRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
