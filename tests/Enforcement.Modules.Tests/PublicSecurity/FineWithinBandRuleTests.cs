using Enforcement.Modules.PublicSecurity.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.PublicSecurity;

public sealed class FineWithinBandRuleTests
{
    private static FineWithinBandRule For(string code) => FineWithinBandRule.All.Single(r => r.AppliesTo(code));

    [Test]
    public void There_is_one_rule_per_item() => Assert.That(FineWithinBandRule.All, Has.Count.EqualTo(6));

    [TestCase("ZA-ZS-001", 300)]
    [TestCase("ZA-DW-002", 200)]
    [TestCase("ZA-SS-002", 100)]   // 第三十七条: 五百元以下
    public void An_amount_in_the_band_passes(string code, int amount) =>
        Assert.That(For(code).Check(RecordData.Of(new { measure = "罚款（由公安派出所决定）", fineAmount = amount })), Is.Empty);

    [TestCase("ZA-ZS-001", 100)]   // 第五十八条: 二百元以上五百元以下
    [TestCase("ZA-CZ-001", 600)]
    public void An_amount_outside_the_band_is_refused(string code, int amount) =>
        Assert.That(For(code).Check(RecordData.Of(new { measure = "罚款（由公安派出所决定）", fineAmount = amount })).Single().Message,
            Does.Contain("幅度"));

    [Test]
    public void A_fine_needs_an_amount() =>
        Assert.That(For("ZA-DW-001").Check(RecordData.Of(new { measure = "罚款（由公安派出所决定）" })).Single().Field, Is.EqualTo("fineAmount"));

    [Test]
    public void Other_measures_are_not_checked() =>
        Assert.That(For("ZA-SS-001").Check(RecordData.Of(new { measure = "设置临时防护并通知责任单位" })), Is.Empty);
}
