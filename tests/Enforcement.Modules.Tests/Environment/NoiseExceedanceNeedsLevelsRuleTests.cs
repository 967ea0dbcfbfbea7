using Enforcement.Modules.Environment.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Environment;

public sealed class NoiseExceedanceNeedsLevelsRuleTests
{
    private readonly NoiseExceedanceNeedsLevelsRule _rule = new();

    [TestCase("HB-ZS-002", true)]
    [TestCase("HB-ZS-003", true)]
    [TestCase("HB-ZS-004", true)]
    [TestCase("HB-ZS-010", true)]
    [TestCase("HB-ZS-009", false)]
    [TestCase("HB-YY-001", false)]
    public void AppliesToExceedanceItems(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void FindingWithoutLevelsNeedsBoth()
    {
        var errors = _rule.Check(ResultData.Of(new { measure = "立案调查" })).Select(e => e.Field);
        Assert.That(errors, Is.EquivalentTo(new[] { "measuredLevel", "limit" }));
    }

    [Test]
    public void MeasuredLevelAtOrBelowLimitIsNotAnExceedance()
    {
        var errors = _rule.Check(ResultData.Of(new { measure = "立案调查", measuredLevel = 55.0, limit = 55 })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measuredLevel" }));
    }

    [Test]
    public void MeasuredLevelAboveLimitPasses() =>
        Assert.That(_rule.Check(ResultData.Of(new { measure = "当场责令改正", measuredLevel = 62.5, limit = 55 })), Is.Empty);

    [Test]
    public void NoActionNeedsNoLevels() =>
        Assert.That(_rule.Check(ResultData.Of(new { measure = "无需处置" })), Is.Empty);
}
