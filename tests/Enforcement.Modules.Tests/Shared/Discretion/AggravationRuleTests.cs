using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules.Discretion;
using NUnit.Framework;
using static Enforcement.Modules.Tests.Shared.Discretion.DiscretionTestData;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>The benchmark's heavier band: a repeat offence or serious harm (not a statutory mandate, so never Mandatory).</summary>
[TestFixture]
public sealed class AggravationRuleTests
{
    private readonly AggravationRule _rule = new();

    [Test]
    public void A_repeat_offence_goes_in_the_heavier_band()
    {
        var outcome = _rule.Decide(Band500To20000, Plain() with { Repeat = true });

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.Heavier));
            Assert.That(outcome.BandName, Is.EqualTo("从重"));
            Assert.That(outcome.Fine, Is.EqualTo(new FineBand(14150, 20000)));
            Assert.That(outcome.Mandatory, Is.False);
            Assert.That(outcome.Reason, Does.Contain("再次违法或拒不改正"));
            Assert.That(outcome.Reason, Does.Contain("从重处罚"));
            Assert.That(outcome.Reason, Does.Contain(StatutoryBands.DefaultNote));
        });
    }

    [Test]
    public void Serious_harm_goes_in_the_heavier_band()
    {
        var outcome = _rule.Decide(Band500To20000, Plain() with { Harm = Harm.Serious });

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.Heavier));
            Assert.That(outcome.Fine, Is.EqualTo(new FineBand(14150, 20000)));
            Assert.That(outcome.Mandatory, Is.False);
            Assert.That(outcome.Reason, Does.Contain("危害后果严重"));
            Assert.That(outcome.Reason, Does.Not.Contain("再次违法"));
        });
    }

    [Test]
    public void Repeat_and_serious_harm_together_give_the_repeat_reason() =>
        Assert.That(_rule.Decide(Band500To20000, Plain() with { Repeat = true, Harm = Harm.Serious })!.Reason,
            Does.Contain("再次违法或拒不改正"));

    [Test]
    public void Uses_the_organisation_band_for_an_organisation()
    {
        Assert.Multiple(() =>
        {
            Assert.That(_rule.Decide(WithOrganisationBand, Plain(PartyKind.Organisation) with { Repeat = true })!.Fine,
                Is.EqualTo(new FineBand(73000, 100000)));
            Assert.That(_rule.Decide(WithOrganisationBand, Plain(PartyKind.Individual) with { Repeat = true })!.Fine,
                Is.EqualTo(new FineBand(1460, 2000)));
        });
    }

    [Test]
    public void A_local_amount_item_gets_no_fine_and_names_the_local_rule()
    {
        var outcome = _rule.Decide(LocalAmount, Plain() with { Repeat = true });

        Assert.That(outcome, Is.Not.Null);
        Assert.Multiple(() =>
        {
            Assert.That(outcome!.Band, Is.EqualTo(DiscretionBand.Heavier));
            Assert.That(outcome.Fine, Is.Null);
            Assert.That(outcome.Reason, Does.Contain(LocalRuleName));
        });
    }

    [Test]
    public void Decides_exactly_when_repeat_or_serious_harm()
    {
        foreach (var facts in AllFacts())
        {
            var expected = facts.Repeat || facts.Harm == Harm.Serious;
            Assert.That(_rule.Decide(Band500To20000, facts) is not null, Is.EqualTo(expected), facts.ToString());
        }
    }
}
