using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules.Discretion;
using NUnit.Framework;
using static Enforcement.Modules.Tests.Shared.Discretion.DiscretionTestData;

namespace Enforcement.Modules.Tests.Shared.Discretion;

/// <summary>The default benchmark's 30 % / 70 % split of the statutory range (行政处罚法 第三十四条: a published local benchmark prevails).</summary>
[TestFixture]
public sealed class StatutoryBandsTests
{
    private static readonly DiscretionBand[] Fined = [DiscretionBand.Lighter, DiscretionBand.Ordinary, DiscretionBand.Heavier];

    [Test]
    public void Splits_500_to_20000_at_30_and_70_percent()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StatutoryBands.Part(Band500To20000, PartyKind.Individual, DiscretionBand.Lighter), Is.EqualTo(new FineBand(500, 6350)));
            Assert.That(StatutoryBands.Part(Band500To20000, PartyKind.Individual, DiscretionBand.Ordinary), Is.EqualTo(new FineBand(6350, 14150)));
            Assert.That(StatutoryBands.Part(Band500To20000, PartyKind.Individual, DiscretionBand.Heavier), Is.EqualTo(new FineBand(14150, 20000)));
        });
    }

    [Test]
    public void An_item_without_an_organisation_band_gives_organisations_the_common_band()
    {
        foreach (var band in Fined)
            Assert.That(StatutoryBands.Part(Band500To20000, PartyKind.Organisation, band),
                Is.EqualTo(StatutoryBands.Part(Band500To20000, PartyKind.Individual, band)), band.ToString());
    }

    [Test]
    public void Uses_the_organisation_band_for_organisations_and_the_common_band_for_individuals()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StatutoryBands.Part(WithOrganisationBand, PartyKind.Organisation, DiscretionBand.Lighter), Is.EqualTo(new FineBand(10000, 37000)));
            Assert.That(StatutoryBands.Part(WithOrganisationBand, PartyKind.Organisation, DiscretionBand.Ordinary), Is.EqualTo(new FineBand(37000, 73000)));
            Assert.That(StatutoryBands.Part(WithOrganisationBand, PartyKind.Organisation, DiscretionBand.Heavier), Is.EqualTo(new FineBand(73000, 100000)));
            Assert.That(StatutoryBands.Part(WithOrganisationBand, PartyKind.Individual, DiscretionBand.Lighter), Is.EqualTo(new FineBand(200, 740)));
            Assert.That(StatutoryBands.Part(WithOrganisationBand, PartyKind.Individual, DiscretionBand.Ordinary), Is.EqualTo(new FineBand(740, 1460)));
            Assert.That(StatutoryBands.Part(WithOrganisationBand, PartyKind.Individual, DiscretionBand.Heavier), Is.EqualTo(new FineBand(1460, 2000)));
        });
    }

    private static IEnumerable<TestCaseData> Ranges()
    {
        yield return new TestCaseData(500m, 20000m);
        yield return new TestCaseData(200m, 2000m);
        yield return new TestCaseData(10000m, 100000m);
        yield return new TestCaseData(50m, 55m);   // 51.5 and 53.5 — midpoints
        yield return new TestCaseData(5m, 50m);
        yield return new TestCaseData(0m, 1m);
        yield return new TestCaseData(0m, 200m);
        yield return new TestCaseData(1000m, 1000m);
        yield return new TestCaseData(20000m, 200000m);
        yield return new TestCaseData(1m, 1000000m);
    }

    [TestCaseSource(nameof(Ranges))]
    public void Parts_are_within_the_statutory_range_contiguous_ordered_and_in_whole_yuan(decimal min, decimal max)
    {
        var item = WithBand(min, max);
        var lighter = StatutoryBands.Part(item, PartyKind.Individual, DiscretionBand.Lighter)!;
        var ordinary = StatutoryBands.Part(item, PartyKind.Individual, DiscretionBand.Ordinary)!;
        var heavier = StatutoryBands.Part(item, PartyKind.Individual, DiscretionBand.Heavier)!;

        Assert.Multiple(() =>
        {
            Assert.That(lighter.Min, Is.EqualTo(min), "lighter starts at the statutory minimum");
            Assert.That(heavier.Max, Is.EqualTo(max), "heavier ends at the statutory maximum");
            Assert.That(ordinary.Min, Is.EqualTo(lighter.Max), "no gap between lighter and ordinary");
            Assert.That(heavier.Min, Is.EqualTo(ordinary.Max), "no gap between ordinary and heavier");
            foreach (var part in new[] { lighter, ordinary, heavier })
            {
                Assert.That(part.Min, Is.LessThanOrEqualTo(part.Max), part.ToString());
                Assert.That(part.Min, Is.InRange(min, max), part.ToString());
                Assert.That(part.Max, Is.InRange(min, max), part.ToString());
                Assert.That(part.Min % 1, Is.Zero, part.ToString());
                Assert.That(part.Max % 1, Is.Zero, part.ToString());
            }
        });
    }

    [Test]
    public void Rounds_midpoints_away_from_zero()
    {
        var item = WithBand(50, 55); // 50 + 5 × 0.3 = 51.5, 50 + 5 × 0.7 = 53.5
        Assert.That(StatutoryBands.Part(item, PartyKind.Individual, DiscretionBand.Ordinary), Is.EqualTo(new FineBand(52, 54)));
    }

    [Test]
    public void No_penalty_has_no_fine()
    {
        foreach (var item in AllItems)
        foreach (var party in Enum.GetValues<PartyKind>())
            Assert.That(StatutoryBands.Part(item, party, DiscretionBand.NoPenalty), Is.Null, $"{item.Code} {party}");
    }

    [Test]
    public void A_local_amount_item_has_no_fine_in_any_band()
    {
        foreach (var band in Enum.GetValues<DiscretionBand>())
        foreach (var party in Enum.GetValues<PartyKind>())
            Assert.That(StatutoryBands.Part(LocalAmount, party, band), Is.Null, $"{band} {party}");
    }

    [Test]
    public void The_amount_note_names_the_local_rule_for_a_local_amount_item()
    {
        var note = StatutoryBands.AmountNote(LocalAmount);
        Assert.Multiple(() =>
        {
            Assert.That(note, Is.EqualTo($"罚款数额由地方规定：{LocalRuleName}"));
            Assert.That(note, Does.Not.Contain("30%"));
        });
    }

    [Test]
    public void The_amount_note_for_a_banded_item_is_the_default_note_citing_article_34()
    {
        Assert.Multiple(() =>
        {
            Assert.That(StatutoryBands.AmountNote(Band500To20000), Is.EqualTo(StatutoryBands.DefaultNote));
            Assert.That(StatutoryBands.AmountNote(WithOrganisationBand), Is.EqualTo(StatutoryBands.DefaultNote));
            Assert.That(StatutoryBands.DefaultNote, Does.Contain("第三十四条"));
            Assert.That(StatutoryBands.DefaultNote, Does.Contain("裁量基准"));
        });
    }
}
