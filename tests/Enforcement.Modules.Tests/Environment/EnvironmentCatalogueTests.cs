using Enforcement.Modules.Environment;
using Enforcement.Modules.Environment.Rules;
using Enforcement.Shared.Catalogue;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Environment;

public sealed class EnvironmentCatalogueTests
{
    private static readonly EnvironmentModule Module = new();

    [Test]
    public void HasTwentyFiveItems() => Assert.That(Module.Items, Has.Count.EqualTo(25));

    /// <summary>生态环境 stations officers at the sub-district: every item is 派驻执法.</summary>
    [TestCaseSource(nameof(ItemCodes))]
    public void ItemIsDispatched(string code) =>
        Assert.That(Module.Items.Single(i => i.Code == code).DefaultMode, Is.EqualTo(DelegationMode.Dispatched));

    /// <summary>
    /// 城镇排水与污水处理条例 names the 城镇排水主管部门: its items (the former HB-PS-001/002) moved to the
    /// water-affairs module as SW-PS-001/002.
    /// </summary>
    [Test]
    public void HoldsNoDrainageItems()
    {
        Assert.That(Module.Items.Select(i => i.Code), Has.None.StartsWith("HB-PS-"));
        Assert.That(Module.Items.Select(i => i.PenaltyBasis.Law), Has.None.EqualTo("城镇排水与污水处理条例"));
        Assert.That(Module.Forms.Select(f => f.Code), Has.None.EqualTo("HB-F-DRAINAGE"));
    }

    /// <summary>首违不罚: on for noise and dust conduct stopped or covered on the spot; off for exceedances,
    /// hazardous waste, defiance of emergency orders and other matters of harm.</summary>
    [TestCase("HB-YC-001", true)]
    [TestCase("HB-ZS-008", true)]
    [TestCase("HB-ZS-009", true)]
    [TestCase("HB-YY-001", false)]
    [TestCase("HB-ZS-001", false)]
    [TestCase("HB-FQ-005", false)]
    [TestCase("HB-GF-001", false)]
    [TestCase("HB-YJ-001", false)]
    public void FirstOffenceExemptionFollowsTheHarm(string code, bool exempt) =>
        Assert.That(Module.Items.Single(i => i.Code == code).FirstOffenceExemption, Is.EqualTo(exempt));

    [Test]
    public void ItemCodesAreUniqueAndFollowThePattern()
    {
        Assert.That(Module.Items.Select(i => i.Code), Is.Unique);
        Assert.That(Module.Items.Select(i => i.Code), Has.All.Matches(@"^HB-[A-Z]+-\d{3}$"));
        Assert.That(Module.Items.Select(i => i.Department), Has.All.EqualTo(EnvironmentModule.ModuleKey));
    }

    [TestCaseSource(nameof(ItemCodes))]
    public void FormCodeResolvesToAForm(string code)
    {
        var item = Module.Items.Single(i => i.Code == code);
        Assert.That(Module.Forms.Select(f => f.Code), Has.One.EqualTo(item.FormCode));
    }

    [Test]
    public void FormCodesAreUnique() => Assert.That(Module.Forms.Select(f => f.Code), Is.Unique);

    [TestCaseSource(nameof(ItemCodes))]
    public void FineBandsAreOrderedAndAmountsAreNotBothLocalAndStated(string code)
    {
        var penalty = Module.Items.Single(i => i.Code == code).Penalty;
        Assert.That(penalty.Wording, Is.Not.Empty);
        foreach (var band in new[] { penalty.Fine, penalty.OrganisationFine }.OfType<FineBand>())
            Assert.That(band.Min, Is.LessThanOrEqualTo(band.Max));
        if (penalty.AmountsSetLocally) Assert.That(penalty.Fine, Is.Null);
        if (penalty.OrganisationFine is not null) Assert.That(penalty.Fine, Is.Not.Null);
    }

    /// <summary>行政处罚法 第五十一条: ≤ 200 yuan (individual), ≤ 3,000 yuan (organisation), or a warning.</summary>
    [TestCaseSource(nameof(ItemCodes))]
    public void SimpleProcedureFollowsArticle51(string code)
    {
        var item = Module.Items.Single(i => i.Code == code);
        var p = item.Penalty;
        var orgBand = p.BandFor(PartyKind.Organisation);
        var allowed = p.Wording.Contains("警告")
            || p.Fine is { Min: <= 200 }
            || orgBand is { Min: <= 3000 };
        Assert.That(item.SimpleProcedureAllowed, Is.EqualTo(allowed));
    }

    [Test]
    public void EveryRuleConcernsAnExistingItem()
    {
        foreach (var rule in EnvironmentRules.All)
            Assert.That(Module.Items.Any(i => rule.AppliesTo(i.Code)), Is.True, rule.GetType().Name);
    }

    private static IEnumerable<string> ItemCodes() => new EnvironmentModule().Items.Select(i => i.Code);
}
