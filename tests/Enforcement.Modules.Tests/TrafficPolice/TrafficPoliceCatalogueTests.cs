using Enforcement.Modules.TrafficPolice;
using Enforcement.Modules.TrafficPolice.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.TrafficPolice;

public sealed class TrafficPoliceCatalogueTests
{
    private static readonly TrafficPoliceModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new TrafficPoliceModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void The_module_is_the_stationed_traffic_police_brigade() =>
        Assert.Multiple(() =>
        {
            Assert.That(Module.Key, Is.EqualTo("traffic-police"));
            Assert.That(Module.Name, Is.EqualTo("公安交通警察大队"));
            Assert.That(Module.Kind, Is.EqualTo(DepartmentKind.Stationed));
        });

    [Test]
    public void Has_exactly_thirty_one_items_with_unique_codes()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(31));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
    }

    [TestCaseSource(nameof(Items))]
    public void Item_is_coded_owned_and_dispatched(EnforcementItem item) =>
        Assert.Multiple(() =>
        {
            Assert.That(item.Code, Does.Match(@"^JJ-[A-Z]{2}-\d{3}$"));
            Assert.That(item.Department, Is.EqualTo(TrafficPoliceModule.ModuleKey));
            Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Dispatched));
            Assert.That(item.Field, Is.Not.Empty);
            Assert.That(item.Matching.Keywords, Is.Not.Empty);
            Assert.That(item.RequiredEvidence, Is.Not.Empty);
        });

    [TestCaseSource(nameof(Items))]
    public void Cites_only_the_road_traffic_safety_law_and_its_regulations(EnforcementItem item)
    {
        string[] laws = ["道路交通安全法", "道路交通安全法实施条例"];
        Assert.That(laws, Does.Contain(item.Violated.Law));
        // The 条例's own penalty article (第一百零二条) refers back to the law: every penalty basis is the law.
        Assert.That(item.PenaltyBasis.Law, Is.EqualTo("道路交通安全法"));
    }

    [TestCaseSource(nameof(Items))]
    public void Form_code_resolves_to_one_form_of_the_module(EnforcementItem item) =>
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));

    [Test]
    public void Every_form_is_used_prefixed_and_has_the_finding_and_measure_pattern()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        foreach (var form in Module.Forms)
        {
            Assert.That(form.Code, Does.StartWith("JJ-F-"));
            Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
            Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
            Assert.That(form.Fields.Single(f => f.Code == "finding").Options, Does.Contain("现场未发现违法行为"), form.Code);
            Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain("无需处置"), form.Code);
            Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
        }
    }

    /// <summary>道路交通安全法 第一百零七条 / 行政处罚法 第五十一条: 警告 or up to 200 yuan on the spot.</summary>
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_only_where_a_warning_or_200_yuan_is_available(EnforcementItem item)
    {
        var band = FineWithinBandRule.All.Single(r => r.AppliesTo(item.Code)).Band;
        var expected = item.Penalty.Wording.Contains("警告") || band is { Min: <= 200 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(expected));
    }

    [Test]
    public void The_parking_items_rest_on_article_93_paragraph_2_with_its_20_to_200_yuan()
    {
        foreach (var code in new[] { "JJ-TC-001", "JJ-TC-002", "JJ-TC-003", "JJ-TC-004", "JJ-TC-005", "JJ-TC-006" })
        {
            var item = Module.Items.Single(i => i.Code == code);
            Assert.That(item.PenaltyBasis.ToString(), Is.EqualTo("《道路交通安全法》第九十三条第二款"), code);
            Assert.That(item.Penalty.Fine, Is.EqualTo(new FineBand(20, 200)), code);
        }
    }

    [Test]
    public void Road_occupation_items_carry_the_order_of_article_104_paragraph_2_and_no_fine()
    {
        foreach (var item in Module.Items.Where(i => i.Code.StartsWith("JJ-ZD-")))
        {
            Assert.That(item.PenaltyBasis, Is.EqualTo(new LegalBasis("道路交通安全法", 104, 2)), item.Code);
            Assert.That(item.Penalty.Fine, Is.Null, item.Code);
            Assert.That(item.SimpleProcedureAllowed, Is.False, item.Code);
        }
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        foreach (var rule in TrafficPoliceRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
