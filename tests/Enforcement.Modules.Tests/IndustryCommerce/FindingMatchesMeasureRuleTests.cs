using Enforcement.Modules.IndustryCommerce.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

public sealed class FindingMatchesMeasureRuleTests
{
    private readonly FindingMatchesMeasureRule _rule = new();

    [TestCase("GS-WZ-001", true)]
    [TestCase("GS-GG-004", true)]
    [TestCase("CG-DL-001", false)]
    public void AppliesToThisModulesItems(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void NoViolationWithAMeasureIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = "现场未发现违法行为", measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [Test]
    public void ViolationWithoutAMeasureIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = "现场存在违法广告行为", measure = "无需处置" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [TestCase("现场存在违法广告行为", "责令停止发布广告")]
    [TestCase("现场未发现违法行为", "无需处置")]
    public void ConsistentRecordsPass(string finding, string measure) =>
        Assert.That(_rule.Check(ResultData.Of(new { finding, measure })), Is.Empty);
}
