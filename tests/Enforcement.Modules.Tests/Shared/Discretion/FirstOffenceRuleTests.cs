using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules.Discretion;
using NUnit.Framework;
using static Enforcement.Modules.Tests.Shared.Discretion.DiscretionTestData;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>首违不罚 — 行政处罚法 第三十三条第一款 second sentence: 初次违法且危害后果轻微并及时改正的，可以不予行政处罚。</summary>
[TestFixture]
public sealed class FirstOffenceRuleTests
{
    private readonly FirstOffenceRule _rule = new();

    [Test]
    public void First_slight_corrected_offence_on_the_list_may_go_unpunished_but_is_not_mandatory()
    {
        var outcome = _rule.Decide(Band500To20000, FirstSlightCorrected());

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.NoPenalty));
            Assert.That(outcome.Fine, Is.Null);
            Assert.That(outcome.Mandatory, Is.False, "the second sentence of 33¶1 says 可以 — discretionary");
            Assert.That(outcome.Reason, Does.Contain("第三十三条第一款"));
            Assert.That(outcome.Reason, Does.Contain("首违不罚"));
            Assert.That(outcome.Reason, Does.Contain("可以不予行政处罚"));
        });
    }

    [Test]
    public void Applies_to_organisations_and_to_local_amount_items_alike()
    {
        foreach (var item in new[] { Band500To20000, WithOrganisationBand, LocalAmount })
        foreach (var party in Enum.GetValues<PartyKind>())
        {
            var outcome = _rule.Decide(item, FirstSlightCorrected(party));
            Assert.That(outcome, Is.Not.Null, $"{item.Code} {party}");
            Assert.That(outcome!.Fine, Is.Null, $"{item.Code} {party}");
        }
    }

    [Test]
    public void Does_not_decide_for_an_item_off_the_first_offence_list() =>
        Assert.That(_rule.Decide(NotOnFirstOffenceList, FirstSlightCorrected()), Is.Null);

    [Test]
    public void Does_not_decide_when_not_a_first_offence() =>
        Assert.That(_rule.Decide(Band500To20000, FirstSlightCorrected() with { FirstOffence = false }), Is.Null);

    [Test]
    public void Does_not_decide_when_not_corrected_promptly() =>
        Assert.That(_rule.Decide(Band500To20000, FirstSlightCorrected() with { CorrectedPromptly = false }), Is.Null);

    [TestCase(Harm.None)] // no harm is the first sentence's (mandatory) case, decided earlier
    [TestCase(Harm.Ordinary)]
    [TestCase(Harm.Serious)]
    public void Does_not_decide_unless_harm_is_slight(Harm harm) =>
        Assert.That(_rule.Decide(Band500To20000, FirstSlightCorrected() with { Harm = harm }), Is.Null);

    [Test]
    public void A_repeat_offender_is_never_exempted_as_a_first_offence() =>
        // Even if the facts (inconsistently) also say FirstOffence.
        Assert.That(_rule.Decide(Band500To20000, FirstSlightCorrected() with { Repeat = true }), Is.Null);

    [Test]
    public void Decides_exactly_when_the_second_sentence_of_33_1_applies()
    {
        foreach (var item in new[] { Band500To20000, NotOnFirstOffenceList })
        foreach (var facts in AllFacts())
        {
            var expected = item.FirstOffenceExemption && facts.FirstOffence && facts.Harm == Harm.Slight
                && facts.CorrectedPromptly && !facts.Repeat;
            Assert.That(_rule.Decide(item, facts) is not null, Is.EqualTo(expected), $"{item.Code} {facts}");
        }
    }
}
