using Enforcement.Modules.IndustryCommerce.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

public sealed class AdCostRecordedRuleTests
{
    private const string Violation = "现场存在违法广告行为";
    private readonly AdCostRecordedRule _rule = new();

    [TestCase("GS-GG-001", true)]
    [TestCase("GS-GG-015", true)]
    [TestCase("GS-GG-004", false)]   // 第五十七条: a fixed band, no multiple of the ad cost
    [TestCase("GS-GG-016", false)]
    public void AppliesWhereTheFineIsAMultipleOfTheAdCost(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void AFiledCaseMustSayWhetherTheCostIsKnown()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "adCostStatus" }));
    }

    [Test]
    public void AKnownCostNeedsItsAmount()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, measure = "立案调查", adCostStatus = "已查明", adCost = 0 })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "adCost" }));
    }

    [TestCase("已查明", 3500)]
    [TestCase("无法计算", null)]
    [TestCase("明显偏低", null)]
    public void CompleteCasesPass(string status, int? cost) =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, measure = "立案调查", adCostStatus = status, adCost = cost })), Is.Empty);

    [Test]
    public void AnOrderToStopNeedsNoCost() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, measure = "责令停止发布广告" })), Is.Empty);
}
