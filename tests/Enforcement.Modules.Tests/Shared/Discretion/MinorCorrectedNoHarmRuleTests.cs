using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules.Discretion;
using NUnit.Framework;
using static Enforcement.Modules.Tests.Shared.Discretion.DiscretionTestData;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>行政处罚法 第三十三条第一款 first sentence: 违法行为轻微并及时改正，没有造成危害后果的，不予行政处罚。</summary>
[TestFixture]
public sealed class MinorCorrectedNoHarmRuleTests
{
    private readonly MinorCorrectedNoHarmRule _rule = new();

    [Test]
    public void No_harm_and_prompt_correction_means_no_penalty_and_is_mandatory()
    {
        var outcome = _rule.Decide(Band500To20000, NoHarmCorrected());

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.NoPenalty));
            Assert.That(outcome.Fine, Is.Null);
            Assert.That(outcome.Mandatory, Is.True, "the first sentence of 33¶1 says 不予 — not 可以");
            Assert.That(outcome.Reason, Does.Contain("第三十三条第一款"));
            Assert.That(outcome.Reason, Does.Contain("没有造成危害后果"));
            Assert.That(outcome.Reason, Does.Contain("不予行政处罚"));
            Assert.That(outcome.Reason, Does.Not.Contain("可以不予"));
        });
    }

    [Test]
    public void Does_not_need_a_first_offence_nor_the_first_offence_list()
    {
        // Unlike the second sentence, the first sentence of 33¶1 neither says 初次违法 nor depends on a local list.
        foreach (var item in AllItems)
        foreach (var first in new[] { false, true })
        foreach (var party in Enum.GetValues<PartyKind>())
        {
            var outcome = _rule.Decide(item, new OffenceFacts(party, first, CorrectedPromptly: true, Harm.None));
            Assert.That(outcome, Is.Not.Null, $"{item.Code} first={first} {party}");
            Assert.Multiple(() =>
            {
                Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.NoPenalty));
                Assert.That(outcome.Fine, Is.Null);
                Assert.That(outcome.Mandatory, Is.True);
            });
        }
    }

    [TestCase(Harm.Slight)]
    [TestCase(Harm.Ordinary)]
    [TestCase(Harm.Serious)]
    public void Does_not_decide_when_there_was_harm(Harm harm) =>
        Assert.That(_rule.Decide(Band500To20000, NoHarmCorrected() with { Harm = harm }), Is.Null);

    [Test]
    public void Does_not_decide_when_not_corrected_promptly() =>
        Assert.That(_rule.Decide(Band500To20000, NoHarmCorrected() with { CorrectedPromptly = false }), Is.Null);

    [Test]
    public void Does_not_decide_for_a_repeat_offence()
    {
        // The code treats a repeat offence as not 轻微; the article itself names no such condition (see report).
        Assert.That(_rule.Decide(Band500To20000, NoHarmCorrected() with { Repeat = true }), Is.Null);
    }

    [Test]
    public void Decides_exactly_when_no_harm_corrected_and_not_repeat()
    {
        foreach (var facts in AllFacts())
        {
            var expected = facts.Harm == Harm.None && facts.CorrectedPromptly && !facts.Repeat;
            Assert.That(_rule.Decide(Band500To20000, facts) is not null, Is.EqualTo(expected), facts.ToString());
        }
    }
}
