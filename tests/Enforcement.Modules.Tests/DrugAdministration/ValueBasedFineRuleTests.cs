using Enforcement.Modules.DrugAdministration.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.DrugAdministration;

/// <summary>第一百二十四条第一款: 货值金额不足一万元 → 5万–10万元; 一万元以上 → 货值金额 10–20 倍.</summary>
public sealed class ValueBasedFineRuleTests
{
    private static ValueBasedFineRule Rule(string code) => DrugAdministrationRules.ValueBased.Single(r => r.ItemCode == code);

    [Test]
    public void Applies_to_its_own_item_only()
    {
        var rule = Rule("YJ-SP-001");
        Assert.That(rule.AppliesTo("YJ-SP-001"), Is.True);
        Assert.That(rule.AppliesTo("YJ-SP-002"), Is.False);
    }

    [Test]
    public void No_proposed_fine_needs_no_value() =>
        Assert.That(Rule("YJ-SP-001").Check(RecordData.Of(new { finding = "现场发现不符合食品安全要求的食品" })), Is.Empty);

    [Test]
    public void A_proposed_fine_needs_the_value_of_the_goods()
    {
        var errors = Rule("YJ-SP-001").Check(RecordData.Of(new { proposedFine = 60000 })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "goodsValue" }));
        Assert.That(errors[0].Message, Does.Contain("10倍至20倍"));
    }

    [TestCase(800, 50000, true)]
    [TestCase(9999, 100000, true)]
    [TestCase(800, 40000, false)]
    [TestCase(800, 120000, false)]
    [TestCase(12000, 120000, true)]     // 10 × 12,000
    [TestCase(12000, 240000, true)]     // 20 × 12,000
    [TestCase(12000, 100000, false)]    // the fixed band no longer applies
    [TestCase(12000, 250000, false)]
    public void The_band_depends_on_the_value_of_the_goods(decimal goodsValue, decimal proposedFine, bool lawful)
    {
        var errors = Rule("YJ-SP-001").Check(RecordData.Of(new { goodsValue, proposedFine })).ToList();
        Assert.That(errors, lawful ? Is.Empty : Has.Count.EqualTo(1));
        if (!lawful) Assert.That(errors[0].Field, Is.EqualTo("proposedFine"));
    }

    /// <summary>第一百二十三条第一款 (病死畜禽): 10万–15万元 below 一万元; 15–30 倍 from it.</summary>
    [TestCase(5000, 100000, true)]
    [TestCase(5000, 90000, false)]
    [TestCase(20000, 300000, true)]
    [TestCase(20000, 600000, true)]
    [TestCase(20000, 250000, false)]
    public void Article_123_has_heavier_bands(decimal goodsValue, decimal proposedFine, bool lawful) =>
        Assert.That(Rule("YJ-SP-006").Check(RecordData.Of(new { goodsValue, proposedFine })), lawful ? Is.Empty : Is.Not.Empty);

    /// <summary>第一百二十五条第一款 (标签): 5千–5万元 below 一万元; 5–10 倍 from it.</summary>
    [TestCase(3000, 5000, true)]
    [TestCase(3000, 60000, false)]
    [TestCase(10000, 50000, true)]
    [TestCase(10000, 100000, true)]
    [TestCase(10000, 40000, false)]
    public void Article_125_has_lighter_bands(decimal goodsValue, decimal proposedFine, bool lawful) =>
        Assert.That(Rule("YJ-BQ-001").Check(RecordData.Of(new { goodsValue, proposedFine })), lawful ? Is.Empty : Is.Not.Empty);

    [Test]
    public void Unlicensed_catering_uses_article_122()
    {
        var errors = Rule("YJ-XK-001").Check(RecordData.Of(new { goodsValue = 2000, proposedFine = 30000 })).ToList();
        Assert.That(errors.Single().Message, Does.Contain("第一百二十二条第一款").And.Contain("5万元以上10万元以下"));
    }
}
