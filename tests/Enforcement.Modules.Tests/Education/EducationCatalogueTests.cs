using Enforcement.Modules.Education;
using Enforcement.Modules.Education.Rules;
using Enforcement.Modules.IndustryCommerce;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Education;

public sealed class EducationCatalogueTests
{
    private static readonly EducationModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new EducationModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void Has_exactly_four_items_with_unique_codes()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(4));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
    }

    [Test]
    public void The_module_is_the_liaison_education_bureau()
    {
        Assert.That(Module.Key, Is.EqualTo("education"));
        Assert.That(Module.Kind, Is.EqualTo(DepartmentKind.Liaison));
    }

    [TestCaseSource(nameof(Items))]
    public void Item_is_coded_owned_and_joint(EnforcementItem item)
    {
        Assert.Multiple(() =>
        {
            Assert.That(item.Code, Does.Match(@"^JY-[A-Z]{2}-\d{3}$"));
            Assert.That(item.Department, Is.EqualTo(EducationModule.ModuleKey));
            Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Joint));
            Assert.That(item.Matching.Keywords, Is.Not.Empty);
            Assert.That(item.Penalty.Fine, Is.Not.Null);
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
            Assert.That(form.Code, Does.StartWith("JY-F-"));
            Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
            Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
            Assert.That(form.Fields.Single(f => f.Code == "finding").Options.Count(o => o.Contains("未发现")), Is.EqualTo(1), form.Code);
            Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain("无需处置"), form.Code);
            Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
        }
    }

    /// <summary>行政处罚法 第五十一条: ≤ 200 yuan (individual), ≤ 3,000 yuan (organisation), or a warning.</summary>
    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_follows_article_51(EnforcementItem item)
    {
        var p = item.Penalty;
        var allowed = p.Wording.Contains("警告") || p.Fine is { Min: <= 200 } || p.BandFor(PartyKind.Organisation) is { Min: <= 3000 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(allowed));
    }

    [Test]
    public void No_provision_is_catalogued_by_both_education_and_industry_and_commerce()
    {
        var ours = Module.Items.Select(i => i.Violated).ToHashSet();
        var theirs = new IndustryCommerceModule().Items.Where(i => ours.Contains(i.Violated)).Select(i => i.Code);
        Assert.That(theirs, Is.Empty);
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        foreach (var rule in EducationRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
