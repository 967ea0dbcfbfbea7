using Enforcement.Modules.DrugAdministration;
using Enforcement.Modules.DrugAdministration.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.DrugAdministration;

public sealed class DrugAdministrationCatalogueTests
{
    private static readonly DrugAdministrationModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new DrugAdministrationModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Module_is_the_stationed_food_and_drug_administration()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Module.Key, Is.EqualTo("drug-administration"));
            Assert.That(Module.Name, Is.EqualTo("食品药品监督管理局"));
            Assert.That(Module.Kind, Is.EqualTo(DepartmentKind.Stationed));
        });
    }

    [Test]
    public void Has_exactly_34_items_with_unique_codes_and_the_YJ_prefix()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(34));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
        Assert.That(Module.Items.Select(i => i.Code), Has.All.Match(@"^YJ-[A-Z]{2}-\d{3}$"));
        Assert.That(Module.Items.Select(i => i.Department), Has.All.EqualTo(DrugAdministrationModule.ModuleKey));
    }

    [Test]
    public void Every_item_is_dispatched() =>
        Assert.That(Module.Items.Select(i => i.DefaultMode), Has.All.EqualTo(DelegationMode.Dispatched));

    [TestCaseSource(nameof(Items))]
    public void Item_has_a_field_keywords_and_a_form_of_this_module(EnforcementItem item)
    {
        Assert.That(item.Field, Is.Not.Empty);
        Assert.That(item.Matching.Keywords, Is.Not.Empty);
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));
        Assert.That(item.RequiredEvidence, Is.Not.Empty);
    }

    [Test]
    public void Forms_are_prefixed_used_and_follow_the_finding_and_measure_pattern()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        foreach (var form in Module.Forms)
        {
            Assert.That(form.Code, Does.StartWith("YJ-F-"));
            Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, $"{form.Code} is used by no item");
            Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
            var finding = form.Fields.Single(f => f.Code == "finding");
            var measure = form.Fields.Single(f => f.Code == "measure");
            Assert.That(finding.Options.Count(o => o.Contains("未发现")), Is.EqualTo(1), form.Code);
            Assert.That(measure.Options, Does.Contain("无需处置"), form.Code);
            Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
        }
    }

    /// <summary>DESIGN.md: 食品安全法 was amended in September 2025; the reference text is the 2021 one.</summary>
    [TestCaseSource(nameof(Items))]
    public void Every_citation_is_of_the_food_safety_law_and_marked_to_be_checked(EnforcementItem item)
    {
        foreach (var basis in new[] { item.Violated, item.PenaltyBasis })
        {
            Assert.That(basis.Law, Is.EqualTo("食品安全法"));
            Assert.That(basis.CheckNote, Is.EqualTo("待核对现行文本"));
        }
    }

    [TestCaseSource(nameof(Items))]
    public void Amounts_are_stated_or_left_to_a_named_provincial_rule(EnforcementItem item)
    {
        var p = item.Penalty;
        if (p.AmountsSetLocally)
        {
            Assert.That(p.Fine, Is.Null, "no invented figure where the national text sets none");
            Assert.That(p.LocalRule, Does.Contain("待核对"));
            Assert.That(item.PenaltyBasis.Article, Is.EqualTo(127), "only 第一百二十七条 refers the penalty to provincial rules");
        }
        foreach (var band in new[] { p.Fine, p.OrganisationFine }.OfType<FineBand>())
            Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max));
    }

    /// <summary>
    /// 第一百二十二条至第一百二十五条 fine by 货值金额. The item's band is the one for goods worth less than
    /// 一万元; the wording keeps the multiple, and a result rule checks proposed fines against both.
    /// </summary>
    [Test]
    public void Items_fined_by_the_value_of_the_goods_keep_the_multiple_in_the_wording_and_have_a_rule()
    {
        var valueBased = Module.Items.Where(i => i.Penalty.Wording.Contains("货值金额")).Select(i => i.Code).ToList();
        Assert.That(valueBased, Has.Count.EqualTo(16));
        Assert.That(DrugAdministrationRules.ValueBased.Select(r => r.ItemCode), Is.EquivalentTo(valueBased));
        foreach (var item in Module.Items.Where(i => valueBased.Contains(i.Code)))
        {
            Assert.That(item.Penalty.Wording, Does.Contain("货值金额不足一万元的").And.Contain("倍以上"), item.Code);
            Assert.That(item.Penalty.Wording, Does.Contain(item.PenaltyBasis.Article switch
            {
                123 => "并处十万元以上十五万元以下罚款",
                125 => "并处五千元以上五万元以下罚款",
                _ => "并处五万元以上十万元以下罚款",
            }), item.Code);
        }
    }

    [Test]
    public void Unlicensed_catering_and_expired_food_cite_the_expected_provisions()
    {
        var unlicensed = Module.Items.Single(i => i.Code == "YJ-XK-001");
        var expired = Module.Items.Single(i => i.Code == "YJ-SP-001");
        Assert.Multiple(() =>
        {
            Assert.That(unlicensed.Violated.ToString(), Is.EqualTo("《食品安全法》第三十五条第一款"));
            Assert.That(unlicensed.PenaltyBasis.ToString(), Is.EqualTo("《食品安全法》第一百二十二条第一款"));
            Assert.That(unlicensed.Penalty.Fine, Is.EqualTo(new FineBand(50000, 100000)));
            Assert.That(expired.Violated.ToString(), Is.EqualTo("《食品安全法》第三十四条第（十）项"));
            Assert.That(expired.PenaltyBasis.ToString(), Is.EqualTo("《食品安全法》第一百二十四条第一款第（五）项"));
        });
    }

    /// <summary>
    /// 行政处罚法 第五十一条: a warning, or a band reaching down to 200 yuan. YJ-GC-005 is punished
    /// 依照第一百二十六条第一款, whose first step is a warning; provincial amounts are never assumed.
    /// </summary>
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_follows_article_51(EnforcementItem item)
    {
        var p = item.Penalty;
        var expected = !p.AmountsSetLocally
            && (p.Wording.Contains("警告") || p.Fine is { Min: <= 200 } || item.Code == "YJ-GC-005");
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(expected));
    }

    [Test]
    public void First_offence_exemption_only_for_the_harmless_label_flaw() =>
        Assert.That(Module.Items.Where(i => i.FirstOffenceExemption).Select(i => i.Code), Is.EqualTo(new[] { "YJ-BQ-004" }));

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        foreach (var rule in DrugAdministrationRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }

    [Test]
    public void Every_item_with_a_band_has_a_fine_rule()
    {
        var withBand = Module.Items.Where(i => i.Penalty.Fine is not null).Select(i => i.Code);
        var fineRules = DrugAdministrationRules.All.Where(r => r is ValueBasedFineRule or ProposedFineWithinBandRule).ToList();
        foreach (var code in withBand)
            Assert.That(fineRules.Count(r => r.AppliesTo(code)), Is.EqualTo(1), code);
    }
}
