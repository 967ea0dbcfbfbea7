using Enforcement.Cases.Procedure.Rules;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class NoHeavierPenaltyRuleTests
{
    [Test]
    public void A_heavier_fine_after_the_party_argued_back_is_refused_citing_article_45() =>
        Assert.That(NoHeavierPenaltyRule.Check(Penalties.Fine, 1_000, Penalties.Fine, 2_000, partyArgued: true),
            Does.Contain("不得因当事人陈述、申辩而给予更重的处罚"));

    [Test]
    public void A_heavier_penalty_without_argument_needs_a_new_notice() =>
        Assert.That(NoHeavierPenaltyRule.Check(Penalties.Warning, null, Penalties.Fine, 100, partyArgued: false), Does.Contain("重新告知"));

    [TestCase("fine", 1_000, "fine", 1_000)]
    [TestCase("fine", 1_000, "fine", 800)]
    [TestCase("fine", 1_000, "warning", null)]
    [TestCase("warning", null, "no-penalty", null)]
    public void The_same_or_a_lighter_penalty_passes(string proposed, decimal? proposedAmount, string kind, decimal? amount) =>
        Assert.That(NoHeavierPenaltyRule.Check(proposed, proposedAmount, kind, amount, partyArgued: true), Is.Null);
}
