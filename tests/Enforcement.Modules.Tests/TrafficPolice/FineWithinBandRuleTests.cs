using Enforcement.Modules.TrafficPolice.Rules;
using Enforcement.Shared.Catalogue;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.TrafficPolice;

public sealed class FineWithinBandRuleTests
{
    private static FineWithinBandRule For(string code) => FineWithinBandRule.All.Single(r => r.AppliesTo(code));

    [Test]
    public void There_is_one_rule_per_item() =>
        Assert.That(FineWithinBandRule.All, Has.Count.EqualTo(31));

    [TestCase("JJ-TC-001", 20, 200)]   // 第九十三条第二款
    [TestCase("JJ-FJ-001", 5, 50)]     // 第八十九条
    [TestCase("JJ-JD-001", 20, 200)]   // 第九十条
    [TestCase("JJ-PZ-002", 20, 200)]   // 第九十五条 → 第九十条
    [TestCase("JJ-PZ-004", 2000, 5000)] // 第九十六条第三款
    [TestCase("JJ-SS-002", 200, 2000)] // 第一百零六条
    public void The_band_is_the_penalty_provisions(string code, int min, int max) =>
        Assert.That(For(code).Band, Is.EqualTo(new FineBand(min, max)));

    [Test]
    public void An_amount_inside_the_band_passes() =>
        Assert.That(For("JJ-FJ-003").Check(RecordData.Of(new { measure = "处以罚款", fineAmount = 20 })), Is.Empty);

    [TestCase(100)]
    [TestCase(4)]
    public void A_pedestrian_or_rider_fine_outside_5_to_50_yuan_is_refused(int amount) =>
        Assert.That(For("JJ-XR-001").Check(RecordData.Of(new { measure = "处以罚款", fineAmount = amount })).Single().Field,
            Is.EqualTo("fineAmount"));

    [Test]
    public void A_fine_without_an_amount_is_refused() =>
        Assert.That(For("JJ-TC-002").Check(RecordData.Of(new { measure = "处以罚款" })).Single().Message, Does.Contain("金额"));

    [Test]
    public void No_fine_can_be_proposed_under_article_104_paragraph_2()
    {
        var rule = For("JJ-ZD-001");
        Assert.That(rule.Band, Is.Null);
        Assert.That(rule.Check(RecordData.Of(new { measure = "处以罚款", fineAmount = 100 })).Single().Field, Is.EqualTo("measure"));
    }

    [Test]
    public void Measures_without_a_fine_are_not_checked() =>
        Assert.That(For("JJ-ZD-001").Check(RecordData.Of(new { measure = "责令停止违法行为，迅速恢复交通" })), Is.Empty);
}
