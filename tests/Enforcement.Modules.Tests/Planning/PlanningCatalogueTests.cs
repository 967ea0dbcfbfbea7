using Enforcement.Modules.Planning;
using Enforcement.Modules.Planning.Rules;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Planning;

public sealed class PlanningCatalogueTests
{
    private static readonly PlanningModule Module = new();

    private static IEnumerable<TestCaseData> Items() =>
        new PlanningModule().Items.Select(i => new TestCaseData(i).SetArgDisplayNames(i.Code));

    [Test]
    public void IsTheLiaisonPlanningModule()
    {
        Assert.That(Module.Key, Is.EqualTo("planning"));
        Assert.That(Module.Name, Is.EqualTo("规划和自然资源局"));
        Assert.That(Module.Kind, Is.EqualTo(DepartmentKind.Liaison));
    }

    [Test]
    public void HasSixItemsWithUniqueCodes()
    {
        Assert.That(Module.Items, Has.Count.EqualTo(6));
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
        Assert.That(Module.Items.Select(i => i.Code), Has.All.Matches(@"^GH-[A-Z]{2}-\d{3}$"));
        Assert.That(Module.Items.Select(i => i.Department), Has.All.EqualTo(PlanningModule.ModuleKey));
    }

    [TestCaseSource(nameof(Items))]
    public void ItemIsJointAndRestsOnTheUrbanRuralPlanningLaw(EnforcementItem item)
    {
        Assert.That(item.DefaultMode, Is.EqualTo(DelegationMode.Joint));
        Assert.That(item.Violated.Law, Is.EqualTo("城乡规划法"));
        Assert.That(item.PenaltyBasis.Law, Is.EqualTo("城乡规划法"));
        Assert.That(item.Matching.Keywords, Is.Not.Empty);
    }

    [TestCaseSource(nameof(Items))]
    public void FormCodeResolvesToOneForm(EnforcementItem item) =>
        Assert.That(Module.Forms.Count(f => f.Code == item.FormCode), Is.EqualTo(1));

    [Test]
    public void FormsArePrefixedUniqueAndUsed()
    {
        Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);
        Assert.That(Module.Forms.Select(f => f.Code), Has.All.StartsWith("GH-F-"));
        foreach (var form in Module.Forms)
        {
            Assert.That(Module.Items.Any(i => i.FormCode == form.Code), Is.True, form.Code);
            Assert.That(form.Fields.Select(f => f.Code), Is.Unique, form.Code);
            Assert.That(form.Fields.Single(f => f.Code == "measure").Options, Does.Contain("无需处置"), form.Code);
        }
    }

    /// <summary>
    /// 第六十四条 fines a share of the construction cost and 第六十六条 a multiple of the temporary works'
    /// cost: no yuan band is stated and no local rule claimed (reviewed table, rows 28 and 30).
    /// </summary>
    [TestCase("GH-WJ-001", "建设工程造价百分之五以上百分之十以下")]
    [TestCase("GH-WJ-002", "建设工程造价百分之五以上百分之十以下")]
    [TestCase("GH-LS-001", "临时建设工程造价一倍以下")]
    [TestCase("GH-LS-003", "临时建设工程造价一倍以下")]
    public void CostBasedFinesStateNoBand(string code, string share)
    {
        var penalty = Module.Items.Single(i => i.Code == code).Penalty;
        Assert.That(penalty.Wording, Does.Contain(share));
        Assert.That(penalty.Fine, Is.Null);
        Assert.That(penalty.OrganisationFine, Is.Null);
        Assert.That(penalty.AmountsSetLocally, Is.False);
    }

    /// <summary>The ladder of 第六十四条 is quoted whole: 限期改正 with a fine, or 限期拆除, then 没收.</summary>
    [Test]
    public void UnlawfulBuildingQuotesTheWholeLadder()
    {
        var wording = Module.Items.Single(i => i.Code == "GH-WJ-001").Penalty.Wording;
        Assert.That(wording, Does.StartWith("责令停止建设").And.Contain("限期拆除").And.Contain("不能拆除的，没收实物或者违法收入"));
    }

    /// <summary>第六十五条 is enforced by the 乡、镇人民政府 itself (reviewed table, row 29): not a planning item.</summary>
    [Test]
    public void HoldsNoVillagePlanningItem() =>
        Assert.That(Module.Items.Select(i => i.PenaltyBasis.Article), Has.None.EqualTo(65));

    [TestCaseSource(nameof(Items))]
    public void SimpleProcedureFollowsArticle51(EnforcementItem item)
    {
        var p = item.Penalty;
        var allowed = p.Wording.Contains("警告") || p.Fine is { Min: <= 200 } || p.BandFor(PartyKind.Organisation) is { Min: <= 3000 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(allowed));
    }

    [TestCase("GH-WJ-001", false)]
    [TestCase("GH-WJ-002", false)]
    [TestCase("GH-LS-001", false)]
    [TestCase("GH-LS-002", false)]
    [TestCase("GH-LS-003", false)]
    [TestCase("GH-ZL-001", true)]
    public void FirstOffenceExemptionOnlyForTheMissingFiling(string code, bool exempt) =>
        Assert.That(Module.Items.Single(i => i.Code == code).FirstOffenceExemption, Is.EqualTo(exempt));

    [Test]
    public void EveryRuleConcernsAnExistingItem()
    {
        foreach (var rule in PlanningRules.All)
            Assert.That(Module.Items.Count(i => rule.AppliesTo(i.Code)), Is.GreaterThan(0), rule.GetType().Name);
    }
}
