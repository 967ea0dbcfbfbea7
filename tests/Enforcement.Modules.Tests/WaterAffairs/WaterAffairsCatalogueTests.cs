using Enforcement.Modules.WaterAffairs;
using Enforcement.Modules.WaterAffairs.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WaterAffairs;

public sealed class WaterAffairsCatalogueTests
{
    private static readonly WaterAffairsModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new WaterAffairsModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void IsTheLiaisonWaterAffairsModule()
    {
        Assert.That(Module.Key, Is.EqualTo("water-affairs"));
        Assert.That(Module.Name, Is.EqualTo("水务局"));
        Assert.That(Module.Kind, Is.EqualTo(DepartmentKind.Liaison));
    }

    [Test]
    public void HasSixItemsWithUniqueCodes()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(6));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
        Assert.That(Module.Items.Select(i => i.Code), Has.All.Matches(@"^SW-[A-Z]{2}-\d{3}$"));
        Assert.That(Module.Items.Select(i => i.Department), Has.All.EqualTo(WaterAffairsModule.ModuleKey));
    }

    /// <summary>The two drainage items moved here from the environment module keep their content.</summary>
    [Test]
    public void HoldsTheDischargeItemsMovedFromEnvironment()
    {
        var codes = Module.Items.Select(i => i.Code).ToList();
        Assert.That(codes, Does.Contain("SW-PS-001").And.Contain("SW-PS-002"));
        foreach (var code in new[] { "SW-PS-001", "SW-PS-002" })
        {
            var item = Module.Items.Single(i => i.Code == code);
            Assert.That(item.PenaltyBasis, Is.EqualTo(new LegalBasis("城镇排水与污水处理条例", 49)));
            Assert.That(item.Penalty.Fine, Is.EqualTo(new FineBand(20000, 100000)));
            Assert.That(item.Penalty.OrganisationFine, Is.EqualTo(new FineBand(100000, 200000)));
        }
    }

    [TestCaseSource(nameof(Items))]
    public void ItemIsJointAndRestsOnTheDrainageRegulation(EnforcementItem item)
    {
        Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Joint));
        Assert.That(item.Violated.Law, Is.EqualTo("城镇排水与污水处理条例"));
        Assert.That(item.PenaltyBasis.Law, Is.EqualTo("城镇排水与污水处理条例"));
        Assert.That(item.Matching.Keywords, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Items))]
    public void FormCodeResolvesToOneForm(EnforcementItem item) =>
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));

    [Test]
    public void FormsArePrefixedUniqueAndUsed()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        Assert.That(Module.Forms.Select(f => f.Code), Has.All.StartsWith("SW-F-"));
        foreach (var form in Module.Forms)
        {
            Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
            Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
            Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain("无需处置"), form.Code);
        }
    }

    /// <summary>行政处罚法 第五十一条: a warning, ≤ 200 yuan (individual) or ≤ 3,000 yuan (organisation).</summary>
    [TestCaseSource(nameof(Items))]
    public void SimpleProcedureFollowsArticle51(EnforcementItem item)
    {
        var p = item.Penalty;
        var allowed = p.Wording.Contains("警告") || p.Fine is { Min: <= 200 } || p.BandFor(PartyKind.Organisation) is { Min: <= 3000 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(allowed));
    }

    /// <summary>首违不罚: on where the article starts with 责令改正/警告 or the wrong is a missing licence;
    /// off where the network itself is blocked, built over or altered.</summary>
    [TestCase("SW-PS-001", true)]
    [TestCase("SW-PS-002", true)]
    [TestCase("SW-PS-003", true)]
    [TestCase("SW-SS-001", false)]
    [TestCase("SW-SS-002", false)]
    [TestCase("SW-SS-003", false)]
    public void FirstOffenceExemption(string code, bool exempt) =>
        Assert.That(Module.Items.Single(i => i.Code == code).FirstOffenceExemption, Is.EqualTo(exempt));

    [Test]
    public void EveryRuleConcernsAnExistingItem()
    {
        foreach (var rule in WaterAffairsRules.All)
            Assert.That(Module.Items.Count(i => rule.AppliesTo(i.Code)), Is.GreaterThan(0), rule.GetType().Name);
    }
}
