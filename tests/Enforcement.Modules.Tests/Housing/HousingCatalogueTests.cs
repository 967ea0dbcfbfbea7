using Enforcement.Modules.Housing;
using Enforcement.Modules.Housing.Forms;
using Enforcement.Modules.Housing.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Housing;

public sealed class HousingCatalogueTests
{
    private static readonly HousingModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new HousingModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Module_is_the_housing_liaison_department()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Module.Key, Is.EqualTo("housing"));
            Assert.That(Module.Name, Is.EqualTo("住房和城乡建设局"));
            Assert.That(Module.Kind, Is.EqualTo(Enforcement.Shared.Modules.DepartmentKind.Liaison));
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
            Assert.That(item.Code, Does.Match(@"^ZJ-[A-Z]{2}-\d{3}$"));
            Assert.That(item.Department, Is.EqualTo(HousingModule.ModuleKey));
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
                Assert.That(form.Code, Does.StartWith("ZJ-F-"));
                Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
                Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
                Assert.That(form.Fields.Single(f => f.Code == "finding").Options, Does.Contain(HousingForms.NoViolation), form.Code);
                Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain(HousingForms.NoMeasure), form.Code);
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
            Assert.That(p.LocalRule, Is.Null, "every housing penalty article states its own amounts");
            foreach (var band in new[] { p.Fine, p.OrganisationFine }.OfType<FineBand>())
                Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max));
            if (p.OrganisationFine is not null) Assert.That(p.Fine, Is.Not.Null);
        });
    }

    /// <summary>第六十条 fines a multiple of the sum misused: the one item without a fixed band.</summary>
    [Test]
    public void Only_the_multiple_of_the_misused_fund_has_no_band() =>
        Assert.That(Module.Items.Where(i => i.Penalty.Fine is null).Select(i => i.Code), Is.EqualTo(new[] { "ZJ-WY-005" }));

    /// <summary>
    /// 行政处罚法 第五十一条: ≤ 200 yuan (individual), ≤ 3,000 yuan (organisation), or a warning alone. Every
    /// housing band starts at 1,000 yuan (individual) or 10,000 yuan, and its warnings come with a fine
    /// or a confiscation, so none allows it.
    /// </summary>
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_is_not_offered(EnforcementItem item)
    {
        Assert.That(item.SimpleProcedureAllowed, Is.False);
        Assert.That(item.Penalty.Fine is { Min: <= 200 } || item.Penalty.BandFor(PartyKind.Organisation) is { Min: <= 3000 }, Is.False);
    }

    [Test]
    public void First_offence_exemption_only_for_correctable_uses_of_common_parts() =>
        Assert.That(Module.Items.Where(i => i.FirstOffenceExemption).Select(i => i.Code),
            Is.EquivalentTo(new[] { "ZJ-WY-001", "ZJ-WY-002", "ZJ-WY-003" }));

    [TestCaseSource(nameof(Items))]
    public void Citations_use_the_short_statute_names(EnforcementItem item)
    {
        string[] laws = ["物业管理条例", "大气污染防治法"];
        Assert.That(new[] { item.Violated.Law, item.PenaltyBasis.Law }, Has.All.AnyOf(laws));
    }

    [Test]
    public void Does_not_cite_a_provision_the_environment_module_holds()
    {
        var environment = new Enforcement.Modules.Environment.EnvironmentModule().Items.Select(i => i.PenaltyBasis).ToHashSet();
        Assert.That(Module.Items.Select(i => i.PenaltyBasis).Where(environment.Contains), Is.Empty);
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        foreach (var rule in HousingRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
