using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules.Discretion;
using NUnit.Framework;
using static Enforcement.Modules.Tests.Shared.Discretion.DiscretionTestData;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>自由裁量基准 — the order the rules run in and what the combined decision is.</summary>
[TestFixture]
public sealed class DiscretionBenchmarkTests
{
    [Test]
    public void Rules_run_in_order_of_legal_force() =>
        Assert.That(DiscretionBenchmark.Rules.Select(r => r.GetType()), Is.EqualTo(new[]
        {
            typeof(NoFaultRule),
            typeof(MinorCorrectedNoHarmRule),
            typeof(FirstOffenceRule),
            typeof(MitigationRule),
            typeof(AggravationRule),
            typeof(LighterRule),
        }));

    [Test]
    public void Without_lighter_or_heavier_facts_the_case_is_ordinary()
    {
        var outcome = DiscretionBenchmark.Decide(Band500To20000, Plain());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Band, Is.EqualTo(DiscretionBand.Ordinary));
            Assert.That(outcome.BandName, Is.EqualTo("一般"));
            Assert.That(outcome.Fine, Is.EqualTo(new FineBand(6350, 14150)));
            Assert.That(outcome.Mandatory, Is.False);
            Assert.That(outcome.Reason, Does.Contain("一般档"));
            Assert.That(outcome.Reason, Does.Contain(StatutoryBands.DefaultNote));
        });
    }

    [Test]
    public void The_ordinary_case_uses_the_organisation_band_for_an_organisation() =>
        Assert.That(DiscretionBenchmark.Decide(WithOrganisationBand, Plain(PartyKind.Organisation)).Fine,
            Is.EqualTo(new FineBand(37000, 73000)));

    [Test]
    public void No_fault_beats_a_repeat_offence_and_serious_harm()
    {
        var outcome = DiscretionBenchmark.Decide(Band500To20000,
            Plain() with { NoFault = true, Repeat = true, Harm = Harm.Serious });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Band, Is.EqualTo(DiscretionBand.NoPenalty));
            Assert.That(outcome.Mandatory, Is.True);
            Assert.That(outcome.Reason, Does.Contain("第三十三条第二款"));
        });
    }

    [Test]
    public void No_harm_corrected_is_mandatory_no_penalty_even_where_first_offence_would_also_fit()
    {
        // First sentence of 33¶1 (不予) wins over the second (可以不予).
        var outcome = DiscretionBenchmark.Decide(Band500To20000, FirstSlightCorrected() with { Harm = Harm.None });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Band, Is.EqualTo(DiscretionBand.NoPenalty));
            Assert.That(outcome.Mandatory, Is.True);
            Assert.That(outcome.Reason, Does.Contain("第三十三条第一款"));
            Assert.That(outcome.Reason, Does.Not.Contain("可以"));
        });
    }

    [Test]
    public void A_first_slight_corrected_offence_on_the_list_may_go_unpunished()
    {
        var outcome = DiscretionBenchmark.Decide(Band500To20000, FirstSlightCorrected());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Band, Is.EqualTo(DiscretionBand.NoPenalty));
            Assert.That(outcome.Fine, Is.Null);
            Assert.That(outcome.Mandatory, Is.False);
            Assert.That(outcome.Reason, Does.Contain("首违不罚"));
        });
    }

    [Test]
    public void The_same_facts_off_the_first_offence_list_fall_in_the_lighter_band()
    {
        var outcome = DiscretionBenchmark.Decide(NotOnFirstOffenceList, FirstSlightCorrected());

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Band, Is.EqualTo(DiscretionBand.Lighter));
            Assert.That(outcome.Fine, Is.EqualTo(new FineBand(500, 6350)));
            Assert.That(outcome.Mandatory, Is.False);
        });
    }

    [Test]
    public void A_repeat_offender_is_never_exempted_as_a_first_offence()
    {
        var outcome = DiscretionBenchmark.Decide(Band500To20000, FirstSlightCorrected() with { Repeat = true });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Band, Is.EqualTo(DiscretionBand.Heavier));
            Assert.That(outcome.Reason, Does.Not.Contain("首违不罚"));
            Assert.That(outcome.Fine, Is.EqualTo(new FineBand(14150, 20000)));
        });
    }

    [Test]
    public void Mitigation_beats_serious_harm_when_not_a_repeat_offence()
    {
        // Art. 32 (应当) outranks the benchmark's own heavier band.
        var outcome = DiscretionBenchmark.Decide(Band500To20000, Plain() with { Harm = Harm.Serious, MitigatedHarm = true });

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Band, Is.EqualTo(DiscretionBand.Lighter));
            Assert.That(outcome.Mandatory, Is.True);
            Assert.That(outcome.Reason, Does.Contain("第三十二条第（一）项"));
        });
    }

    [Test]
    public void A_repeat_offender_who_mitigated_the_harm_is_not_put_in_the_heavier_band()
    {
        var outcome = DiscretionBenchmark.Decide(Band500To20000, Plain() with { Repeat = true, MitigatedHarm = true });
        Assert.That(outcome.Band, Is.Not.EqualTo(DiscretionBand.Heavier));
    }

    [Test]
    public void Serious_harm_without_mitigation_is_heavier() =>
        Assert.That(DiscretionBenchmark.Decide(Band500To20000, Plain() with { Harm = Harm.Serious }).Band,
            Is.EqualTo(DiscretionBand.Heavier));

    [Test]
    public void A_local_amount_item_never_gets_a_fine_and_every_fined_band_names_the_local_rule()
    {
        foreach (var facts in AllFacts())
        {
            var outcome = DiscretionBenchmark.Decide(LocalAmount, facts);
            Assert.That(outcome.Fine, Is.Null, facts.ToString());
            if (outcome.Band != DiscretionBand.NoPenalty)
                Assert.That(outcome.Reason, Does.Contain(LocalRuleName), facts.ToString());
        }
    }

    [Test]
    public void Every_outcome_is_consistent_with_the_statute()
    {
        foreach (var item in new[] { Band500To20000, NotOnFirstOffenceList, WithOrganisationBand })
        foreach (var facts in AllFacts())
        {
            var outcome = DiscretionBenchmark.Decide(item, facts);
            var statutory = item.Penalty.BandFor(facts.Party)!;
            var where = $"{item.Code} {facts} → {outcome}";

            // No penalty ⇔ no fine; a fine lies within the statutory range for this party.
            if (outcome.Band == DiscretionBand.NoPenalty)
                Assert.That(outcome.Fine, Is.Null, where);
            else
            {
                Assert.That(outcome.Fine, Is.Not.Null, where);
                Assert.That(outcome.Fine!.Min, Is.InRange(statutory.Min, statutory.Max), where);
                Assert.That(outcome.Fine.Max, Is.InRange(statutory.Min, statutory.Max), where);
            }

            // 33¶2: no fault → mandatory no penalty, whatever else.
            if (facts.NoFault)
                Assert.That((outcome.Band, outcome.Mandatory), Is.EqualTo((DiscretionBand.NoPenalty, true)), where);

            // 33¶1 first sentence: no harm, corrected (and, as coded, not repeat) → mandatory no penalty.
            if (facts is { Harm: Harm.None, CorrectedPromptly: true, Repeat: false })
                Assert.That((outcome.Band, outcome.Mandatory), Is.EqualTo((DiscretionBand.NoPenalty, true)), where);

            // A repeat offender goes unpunished only for lack of fault.
            if (facts.Repeat && !facts.NoFault)
                Assert.That(outcome.Band, Is.Not.EqualTo(DiscretionBand.NoPenalty), where);

            // 首违不罚 only for items on the list.
            if (outcome.Reason.Contains("首违不罚"))
                Assert.That(item.FirstOffenceExemption, Is.True, where);

            // Only statutory 不予/应当 provisions are mandatory, and each cites its article.
            if (outcome.Mandatory)
                Assert.That(outcome.Reason, Does.Contain("第三十三条").Or.Contain("第三十二条"), where);

            // A non-mandatory no-penalty is 首违不罚 (可以).
            if (outcome is { Band: DiscretionBand.NoPenalty, Mandatory: false })
                Assert.That(outcome.Reason, Does.Contain("可以不予").And.Contain("第三十三条第一款"), where);
        }
    }
}
