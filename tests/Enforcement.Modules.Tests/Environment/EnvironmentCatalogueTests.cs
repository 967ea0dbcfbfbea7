using Enforcement.Modules.Environment;
using Enforcement.Modules.Environment.Rules;
using Enforcement.Shared.Catalogue;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Environment;

public sealed class EnvironmentCatalogueTests
{
    private static readonly EnvironmentModule Module = new();

    [Test]
    public void HasAtLeastTwelveItems() => Assert.That(Module.Items, Has.Count.GreaterThanOrEqualTo(12));

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
