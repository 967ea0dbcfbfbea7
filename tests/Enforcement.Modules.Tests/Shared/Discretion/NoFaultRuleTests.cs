using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules.Discretion;
using NUnit.Framework;
using static Enforcement.Modules.Tests.Shared.Discretion.DiscretionTestData;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>行政处罚法 第三十三条第二款: 当事人有证据足以证明没有主观过错的，不予行政处罚。</summary>
[TestFixture]
public sealed class NoFaultRuleTests
{
    private readonly NoFaultRule _rule = new();

    [Test]
    public void Proof_of_no_fault_means_no_penalty_and_is_mandatory()
    {
        var outcome = _rule.Decide(Band500To20000, Plain() with { NoFault = true });

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.NoPenalty));
            Assert.That(outcome.BandName, Is.EqualTo("不予处罚"));
            Assert.That(outcome.Fine, Is.Null);
            Assert.That(outcome.Mandatory, Is.True, "33¶2 says 不予 — not 可以");
            Assert.That(outcome.Reason, Does.Contain("第三十三条第二款"));
            Assert.That(outcome.Reason, Does.Contain("没有主观过错"));
            Assert.That(outcome.Reason, Does.Contain("不予行政处罚"));
            Assert.That(outcome.Reason, Does.Not.Contain("可以不予"));
        });
    }

    [Test]
    public void Applies_whatever_else_the_facts_say()
    {
        // 33¶2 has no condition on harm, correction or history.
        var worst = new OffenceFacts(PartyKind.Organisation, FirstOffence: false, CorrectedPromptly: false, Harm.Serious,
            MitigatedHarm: false, NoFault: true, Repeat: true);

        foreach (var item in AllItems)
        {
            var outcome = _rule.Decide(item, worst);
            Assert.That(outcome, Is.Not.Null, item.Code);
            Assert.Multiple(() =>
            {
                Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.NoPenalty), item.Code);
                Assert.That(outcome.Fine, Is.Null, item.Code);
                Assert.That(outcome.Mandatory, Is.True, item.Code);
            });
        }
    }

    [Test]
    public void Does_not_decide_without_proof_of_no_fault()
    {
        foreach (var facts in AllFacts().Where(f => !f.NoFault))
        foreach (var item in AllItems)
            Assert.That(_rule.Decide(item, facts), Is.Null, $"{item.Code} {facts}");
    }
}
