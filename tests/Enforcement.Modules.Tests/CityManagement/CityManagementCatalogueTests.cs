using Enforcement.Modules.CityManagement;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.CityManagement;

public class CityManagementCatalogueTests
{
    private static readonly CityManagementModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        Module.Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Has_thirty_items_with_unique_codes()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(30));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
    }

    // City management stations officers at the sub-district: every item is 派驻执法.
    [TestCaseSource(nameof(Items))]
    public void Item_is_dispatched(EnforcementItem item) =>
        Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Dispatched));

    // 首违不罚: minor 市容 conduct corrected on the spot may qualify; construction waste, muck trucks, toxic
    // burning, felling, and hazards to road users may not.
    [TestCase("CG-SR-002", true)]
    [TestCase("CG-SR-005", true)]
    [TestCase("CG-SR-008", true)]
    [TestCase("CG-SR-010", true)]
    [TestCase("CG-DL-001", true)]
    [TestCase("CG-LJ-001", true)]
    [TestCase("CG-ZT-001", false)]
    [TestCase("CG-ZT-002", false)]
    [TestCase("CG-DQ-001", false)]
    [TestCase("CG-LH-002", false)]
    [TestCase("CG-DL-004", false)]
    [TestCase("CG-DL-005", false)]
    [TestCase("CG-SR-011", false)]
    public void First_offence_exemption_is_set_where_a_minor_matter_can_be_corrected(string code, bool exempt) =>
        Assert.That(Module.Items.Single(i => i.Code == code).FirstOffenceExemption, Is.EqualTo(exempt));

    [TestCaseSource(nameof(Items))]
    public void Item_is_coded_and_owned_by_the_module(EnforcementItem item)
    {
        Assert.That(item.Code, Does.Match(@"^CG-[A-Z]{2}-\d{3}$"));
        Assert.That(item.Department, Is.EqualTo(CityManagementModule.ModuleKey));
        Assert.That(item.Field, Is.Not.Empty);
        Assert.That(item.Matching.Keywords, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Items))]
    public void Form_code_resolves_to_one_form(EnforcementItem item) =>
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));

    [Test]
    public void Every_form_is_used_and_has_the_finding_and_measure_pattern()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        foreach (var form in Module.Forms)
        {
            Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
            Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
            var finding = form.Fields.Single(f => f.Code == "finding");
            var measure = form.Fields.Single(f => f.Code == "measure");
            Assert.That(finding.Options.Count(o => o.Contains("未发现")), Is.EqualTo(1), form.Code);
            Assert.That(measure.Options, Does.Contain("无需处置"), form.Code);
            Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
        }
    }

    [TestCaseSource(nameof(Items))]
    public void Amounts_are_either_stated_or_left_to_a_named_local_rule(EnforcementItem item)
    {
        var p = item.Penalty;
        if (p.AmountsSetLocally)
        {
            Assert.That(p.Fine, Is.Null, "no invented figure where the national text sets none");
            Assert.That(p.LocalRule, Does.Contain("待核对"));
        }
        else
        {
            Assert.That(p.Fine, Is.Not.Null);
        }
        foreach (var band in new[] { p.Fine, p.OrganisationFine }.OfType<FineBand>())
            Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max));
    }

    // 行政处罚法 第五十一条: on the spot only where an individual can be fined 200 yuan or less; where the
    // amount is local the module does not offer it (see CityManagementItems).
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_only_where_the_individual_band_reaches_down_to_200_yuan(EnforcementItem item)
    {
        var expected = !item.Penalty.AmountsSetLocally && item.Penalty.Fine is { Min: <= 200 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Items))]
    public void Citations_use_the_short_statute_names(EnforcementItem item)
    {
        string[] laws = ["城市市容和环境卫生管理条例", "城市绿化条例", "城市道路管理条例", "大气污染防治法", "固体废物污染环境防治法"];
        Assert.That(laws, Does.Contain(item.Violated.Law));
        Assert.That(laws, Does.Contain(item.PenaltyBasis.Law));
    }

    [Test]
    public void Plain_street_vending_rests_on_the_road_regulation_not_on_the_cityscape_structures_clause()
    {
        var vending = Module.Items.Single(i => i.Code == "CG-DL-001");
        Assert.That(vending.Violated, Is.EqualTo(new LegalBasis("城市道路管理条例", 27, Clause: 1)));
        Assert.That(vending.PenaltyBasis.ToString(), Is.EqualTo("《城市道路管理条例》第四十二条"));
        Assert.That(vending.Penalty.Fine, Is.EqualTo(new FineBand(0, 20000)));
    }
}
