using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Catalogue;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class StatutoryRangeRuleTests
{
    private static readonly PenaltyRange Range = new("处五千元以上五万元以下的罚款") { Fine = new FineBand(5_000, 50_000) };

    [TestCase(5_000, true)]
    [TestCase(50_000, true)]
    [TestCase(4_999, false)]
    [TestCase(50_001, false)]
    public void A_fine_must_lie_within_the_article_range(decimal amount, bool allowed) =>
        Assert.That(StatutoryRangeRule.Check(Range, "《X法》第一条", PartyKind.Individual, Penalties.Fine, amount).Problem is null,
            Is.EqualTo(allowed));

    [Test]
    public void A_warning_is_refused_where_the_article_provides_none() =>
        Assert.That(StatutoryRangeRule.Check(Range, "《X法》第一条", PartyKind.Individual, Penalties.Warning, null).Problem,
            Does.Contain("未规定警告"));

    [Test]
    public void An_organisation_band_applies_to_organisations()
    {
        var range = Range with { OrganisationFine = new FineBand(10_000, 100_000) };
        Assert.Multiple(() =>
        {
            Assert.That(StatutoryRangeRule.Check(range, "c", PartyKind.Organisation, Penalties.Fine, 80_000).Problem, Is.Null);
            Assert.That(StatutoryRangeRule.Check(range, "c", PartyKind.Individual, Penalties.Fine, 80_000).Problem, Is.Not.Null);
        });
    }

    [Test]
    public void A_locally_set_amount_is_marked_unchecked_rather_than_passed()
    {
        var local = new PenaltyRange("可以并处罚款") { LocalRule = "某市市容管理条例" };
        var outcome = StatutoryRangeRule.Check(local, "c", PartyKind.Individual, Penalties.Fine, 300);
        Assert.That(outcome, Is.EqualTo(new StatutoryRangeRule.Outcome(null, true)));
    }
}
