using Enforcement.Modules.PublicSecurity;
using Enforcement.Modules.PublicSecurity.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Forms;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.PublicSecurity;

public sealed class PublicSecurityCatalogueTests
{
    private static readonly PublicSecurityModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new PublicSecurityModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void The_module_is_the_liaison_public_security_bureau() =>
        Assert.Multiple(() =>
        {
            Assert.That(Module.Key, Is.EqualTo("public-security"));
            Assert.That(Module.Kind, Is.EqualTo(DepartmentKind.Liaison));
        });

    [Test]
    public void Has_exactly_six_items_with_unique_codes()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(6));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
    }

    [TestCaseSource(nameof(Items))]
    public void Item_is_coded_owned_and_joint(EnforcementItem item) =>
        Assert.Multiple(() =>
        {
            Assert.That(item.Code, Does.Match(@"^ZA-[A-Z]{2}-\d{3}$"));
            Assert.That(item.Department, Is.EqualTo(PublicSecurityModule.ModuleKey));
            Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Joint));
            Assert.That(item.Matching.Keywords, Is.Not.Empty);
        });

    /// <summary>The reference text is the 2012 one; the revision in force from 2026-01-01 renumbers it.</summary>
    [TestCaseSource(nameof(Items))]
    public void Every_citation_is_of_the_public_security_law_and_flagged_for_checking(EnforcementItem item) =>
        Assert.Multiple(() =>
        {
            foreach (var basis in new[] { item.Violated, item.PenaltyBasis })
            {
                Assert.That(basis.Law, Is.EqualTo("治安管理处罚法"));
                Assert.That(basis.CheckNote, Is.EqualTo("待核对现行文本"));
            }
        });

    [TestCaseSource(nameof(Items))]
    public void Form_code_resolves_to_one_form_of_the_module(EnforcementItem item) =>
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));

    [Test]
    public void Every_form_is_used_prefixed_and_has_the_finding_and_measure_pattern()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        foreach (var form in Module.Forms)
        {
            Assert.That(form.Code, Does.StartWith("ZA-F-"));
            Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
            Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
            Assert.That(form.Fields.Single(f => f.Code == "finding").Options, Does.Contain("现场未发现违法行为"), form.Code);
            Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain("无需处置"), form.Code);
            Assert.That(form.Fields.Where(f => f.Type == FieldType.Number).Select(f => f.Unit), Has.All.Not.Null, form.Code);
        }
    }

    [TestCaseSource(nameof(Items))]
    public void Simple_procedure_only_where_a_warning_or_200_yuan_is_available(EnforcementItem item)
    {
        var expected = item.Penalty.Wording.Contains("警告") || item.Penalty.Fine is { Min: <= 200 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(expected));
    }

    [Test]
    public void Every_rule_concerns_an_existing_item()
    {
        foreach (var rule in PublicSecurityRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }
}
