using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules.Discretion;
using NUnit.Framework;
using static Enforcement.Modules.Tests.Shared.Discretion.DiscretionTestData;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>The benchmark's lighter band: first offence, promptly corrected, harm no more than slight.</summary>
[TestFixture]
public sealed class LighterRuleTests
{
    private readonly LighterRule _rule = new();

    [TestCase(Harm.None)]
    [TestCase(Harm.Slight)]
    public void First_corrected_offence_with_little_harm_goes_in_the_lighter_band(Harm harm)
    {
        var outcome = _rule.Decide(NotOnFirstOffenceList, FirstSlightCorrected() with { Harm = harm });

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.Lighter));
            Assert.That(outcome.Fine, Is.EqualTo(new FineBand(500, 6350)));
            Assert.That(outcome.Mandatory, Is.False, "a benchmark band, not a statutory 应当");
            Assert.That(outcome.Reason, Does.Contain("从轻处罚"));
            Assert.That(outcome.Reason, Does.Contain(StatutoryBands.DefaultNote));
        });
    }

    [Test]
    public void Uses_the_organisation_band_for_an_organisation() =>
        Assert.That(_rule.Decide(WithOrganisationBand, FirstSlightCorrected(PartyKind.Organisation))!.Fine,
            Is.EqualTo(new FineBand(10000, 37000)));

    [Test]
    public void A_local_amount_item_gets_no_fine_and_names_the_local_rule()
    {
        var outcome = _rule.Decide(LocalAmount, FirstSlightCorrected());

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Fine, Is.Null);
            Assert.That(outcome.Reason, Does.Contain("罚款数额由地方规定"));
            Assert.That(outcome.Reason, Does.Contain(LocalRuleName));
        });
    }

    [TestCase(Harm.Ordinary)]
    [TestCase(Harm.Serious)]
    public void Does_not_decide_when_harm_is_more_than_slight(Harm harm) =>
        Assert.That(_rule.Decide(NotOnFirstOffenceList, FirstSlightCorrected() with { Harm = harm }), Is.Null);

    [Test]
    public void Does_not_decide_when_not_a_first_offence() =>
        Assert.That(_rule.Decide(NotOnFirstOffenceList, FirstSlightCorrected() with { FirstOffence = false }), Is.Null);

    [Test]
    public void Does_not_decide_when_not_corrected_promptly() =>
        Assert.That(_rule.Decide(NotOnFirstOffenceList, FirstSlightCorrected() with { CorrectedPromptly = false }), Is.Null);

    [Test]
    public void Decides_exactly_when_a_first_offence_not_repeated_corrected_and_harm_at_most_slight()
    {
        // A repeat offender is never in the lighter band on this ground, whatever order the rules run in.
        foreach (var facts in AllFacts())
        {
            var expected = facts.FirstOffence && !facts.Repeat && facts.CorrectedPromptly && facts.Harm <= Harm.Slight;
            Assert.That(_rule.Decide(NotOnFirstOffenceList, facts) is not null, Is.EqualTo(expected), facts.ToString());
        }
    }
}
