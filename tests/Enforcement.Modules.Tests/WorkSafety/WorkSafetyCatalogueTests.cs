using Enforcement.Modules.WorkSafety;
using Enforcement.Modules.WorkSafety.Forms;
using Enforcement.Modules.WorkSafety.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WorkSafety;

public sealed class WorkSafetyCatalogueTests
{
    private static readonly WorkSafetyModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new WorkSafetyModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Module_is_the_work_safety_liaison_department()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Module.Key, Is.EqualTo("work-safety"));
            Assert.That(Module.Name, Is.EqualTo("安全生产监督管理局"));
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
            Assert.That(item.Code, Does.Match(@"^AJ-[A-Z]{2}-\d{3}$"));
            Assert.That(item.Department, Is.EqualTo(WorkSafetyModule.ModuleKey));
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
                Assert.That(form.Code, Does.StartWith("AJ-F-"));
                Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
                Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
                Assert.That(form.Fields.Single(f => f.Code == "finding").Options, Does.Contain(WorkSafetyForms.NoViolation), form.Code);
                Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain(WorkSafetyForms.NoMeasure), form.Code);
                Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
            });
        }
    }

    /// <summary>
    /// Each penalty article first fines the 生产经营单位 "X万元以下" (0–X); the higher bands follow only
    /// 逾期未改正 / 拒不执行. Fine is that first band, stated by the article itself.
    /// </summary>
    [TestCaseSource(nameof(Items))]
    public void Fine_is_the_first_band_from_zero(EnforcementItem item)
    {
        var p = item.Penalty;
        Assert.Multiple(() =>
        {
            Assert.That(p.LocalRule, Is.Null);
            Assert.That(p.OrganisationFine, Is.Null);
            Assert.That(p.Fine, Is.Not.Null);
            Assert.That(p.Fine!.Min, Is.EqualTo(0));
            Assert.That(p.Fine.Max, Is.EqualTo(50000).Or.EqualTo(100000));
        });
    }

    /// <summary>
    /// 行政处罚法 第五十一条: the first band reaches down below 200 / 3,000 yuan, so a small fine may be
    /// decided on the spot; 首违不罚 is never offered for safety of life.
    /// </summary>
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_follows_the_band_and_no_first_offence_exemption(EnforcementItem item)
    {
        Assert.Multiple(() =>
        {
            Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(item.Penalty.Fine is { Min: <= 200 }));
            Assert.That(item.FirstOffenceExemption, Is.False);
        });
    }

    [TestCaseSource(nameof(Items))]
    public void Cites_the_2021_work_safety_law(EnforcementItem item) =>
        Assert.That(new[] { item.Violated.Law, item.PenaltyBasis.Law }, Has.All.EqualTo("安全生产法"));

    [Test]
    public void The_gas_alarm_item_is_article_99_clause_8()
    {
        var gas = Module.Items.Single(i => i.Code == "AJ-RQ-001");
        Assert.That(gas.Violated, Is.EqualTo(new LegalBasis("安全生产法", 36, 4)));
        Assert.That(gas.PenaltyBasis, Is.EqualTo(new LegalBasis("安全生产法", 99, 1, 8)));
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        foreach (var rule in WorkSafetyRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
