using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules.Discretion;
using NUnit.Framework;
using static Enforcement.Modules.Tests.Shared.Discretion.DiscretionTestData;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>行政处罚法 第三十二条第（一）项: 主动消除或者减轻违法行为危害后果的，应当从轻或者减轻行政处罚。</summary>
[TestFixture]
public sealed class MitigationRuleTests
{
    private readonly MitigationRule _rule = new();

    private static OffenceFacts Mitigated(PartyKind party = PartyKind.Individual) => Plain(party) with { MitigatedHarm = true };

    [Test]
    public void Mitigated_harm_puts_the_case_in_the_lighter_band_and_is_mandatory()
    {
        var outcome = _rule.Decide(Band500To20000, Mitigated());

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.Lighter));
            Assert.That(outcome.BandName, Is.EqualTo("从轻"));
            Assert.That(outcome.Fine, Is.EqualTo(new FineBand(500, 6350)));
            Assert.That(outcome.Mandatory, Is.True, "Art. 32 says 应当");
            Assert.That(outcome.Reason, Does.Contain("第三十二条第（一）项"));
            Assert.That(outcome.Reason, Does.Contain("应当从轻或者减轻"));
            Assert.That(outcome.Reason, Does.Contain(StatutoryBands.DefaultNote));
        });
    }

    [TestCase(Harm.None)]
    [TestCase(Harm.Slight)]
    [TestCase(Harm.Ordinary)]
    [TestCase(Harm.Serious)]
    public void Applies_whatever_the_harm(Harm harm)
    {
        var outcome = _rule.Decide(Band500To20000, Mitigated() with { Harm = harm });
        Assert.That(outcome?.Band, Is.EqualTo(DiscretionBand.Lighter));
    }

    [Test]
    public void Uses_the_organisation_band_for_an_organisation()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_rule.Decide(WithOrganisationBand, Mitigated(PartyKind.Organisation))!.Fine,
                Is.EqualTo(new FineBand(10000, 37000)));
            Assert.That(_rule.Decide(WithOrganisationBand, Mitigated(PartyKind.Individual))!.Fine,
                Is.EqualTo(new FineBand(200, 740)));
        });
    }

    [Test]
    public void A_local_amount_item_gets_no_fine_and_names_the_local_rule()
    {
        var outcome = _rule.Decide(LocalAmount, Mitigated());

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.Lighter));
            Assert.That(outcome.Fine, Is.Null);
            Assert.That(outcome.Reason, Does.Contain("罚款数额由地方规定"));
            Assert.That(outcome.Reason, Does.Contain(LocalRuleName));
        });
    }

    [Test]
    public void Does_not_decide_without_mitigation()
    {
        foreach (var facts in AllFacts().Where(f => !f.MitigatedHarm))
            Assert.That(_rule.Decide(Band500To20000, facts), Is.Null, facts.ToString());
    }

    [Test]
    public void Applies_to_a_repeat_offender_too_because_article_32_makes_no_exception()
    {
        var outcome = _rule.Decide(Band500To20000, Mitigated() with { Repeat = true });
        Assert.That(outcome, Is.Not.Null);
    }
}
