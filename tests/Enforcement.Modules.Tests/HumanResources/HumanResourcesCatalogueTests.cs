using Enforcement.Modules.HumanResources;
using Enforcement.Modules.HumanResources.Forms;
using Enforcement.Modules.HumanResources.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.HumanResources;

public sealed class HumanResourcesCatalogueTests
{
    private static readonly HumanResourcesModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new HumanResourcesModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Module_is_the_hr_liaison_department()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Module.Key, Is.EqualTo("human-resources"));
            Assert.That(Module.Name, Is.EqualTo("人力资源和社会保障局"));
            Assert.That(Module.Kind, Is.EqualTo(DepartmentKind.Liaison));
        });
    }

    [Test]
    public void Has_exactly_eight_items_with_unique_codes()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(8));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
    }

    [TestCaseSource(nameof(Items))]
    public void Item_is_coded_owned_joint_and_matchable(EnforcementItem item)
    {
        Assert.Multiple(() =>
        {
            Assert.That(item.Code, Does.Match(@"^RS-[A-Z]{2}-\d{3}$"));
            Assert.That(item.Department, Is.EqualTo(HumanResourcesModule.ModuleKey));
            Assert.That(item.Field, Is.Not.Empty);
            Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Joint));
            Assert.That(item.Matching.Keywords, Is.Not.Empty);
            Assert.That(item.RequiredEvidence, Is.Not.Empty);
        });
    }

    [TestCaseSource(nameof(Items))]
    public void Form_code_resolves_to_one_form_of_the_module(EnforcementItem item) =>
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));

    [Test]
    public void Every_form_is_used_prefixed_and_has_a_finding_and_a_measure()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        foreach (var form in Module.Forms)
        {
            Assert.Multiple(() =>
            {
                Assert.That(form.Code, Does.StartWith("RS-F-"));
                Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
                Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
                Assert.That(form.Fields.Single(f => f.Code == "finding").Options, Does.Contain(HumanResourcesForms.NoViolation), form.Code);
                Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain(HumanResourcesForms.NoMeasure), form.Code);
                Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
            });
        }
    }

    [TestCaseSource(nameof(Items))]
    public void Fine_bands_are_ordered_and_never_local(EnforcementItem item)
    {
        var p = item.Penalty;
        Assert.Multiple(() =>
        {
            Assert.That(p.LocalRule, Is.Null);
            foreach (var band in new[] { p.Fine, p.OrganisationFine }.OfType<FineBand>())
                Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max));
            if (p.OrganisationFine is not null) Assert.That(p.Fine, Is.Not.Null);
        });
    }

    /// <summary>
    /// 第二十六条 orders payment and 赔偿金 (to the worker, not a fine), and 第二十四条 only 责令改正: those items
    /// state no fine at all.
    /// </summary>
    [Test]
    public void Orders_to_pay_or_correct_carry_no_fine() =>
        Assert.That(Module.Items.Where(i => i.Penalty.Fine is null).Select(i => i.Code),
            Is.EquivalentTo(new[] { "RS-GZ-001", "RS-GZ-002", "RS-HT-001" }));

    [Test]
    public void Wage_arrears_is_compensation_not_a_fine()
    {
        var wording = Module.Items.Single(i => i.Code == "RS-GZ-001").Penalty.Wording;
        Assert.That(wording, Does.Contain("赔偿金").And.Not.Contain("罚款"));
    }

    /// <summary>
    /// 行政处罚法 第五十一条: only 第二十五条 allows a warning alone (its fine is 可以) and a band from 100 yuan;
    /// the others are no penalty at all or start at 10,000 yuan.
    /// </summary>
    [Test]
    public void Simple_procedure_only_for_overtime() =>
        Assert.That(Module.Items.Where(i => i.SimpleProcedureAllowed).Select(i => i.Code), Is.EqualTo(new[] { "RS-GS-001" }));

    [Test]
    public void No_first_offence_exemption_for_workers_rights() =>
        Assert.That(Module.Items.Where(i => i.FirstOffenceExemption).Select(i => i.Code), Is.Empty);

    [TestCaseSource(nameof(Items))]
    public void Citations_use_the_short_statute_names(EnforcementItem item)
    {
        string[] laws = ["劳动保障监察条例", "保障农民工工资支付条例"];
        Assert.That(new[] { item.Violated.Law, item.PenaltyBasis.Law }, Has.All.AnyOf(laws));
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        foreach (var rule in HumanResourcesRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
