using Enforcement.Modules.Environment.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Environment;

public sealed class EmissionExceedanceNeedsConcentrationsRuleTests
{
    private readonly EmissionExceedanceNeedsConcentrationsRule _rule = new();

    [Test]
    public void AppliesToTheExceedanceItemOnly()
    {
        Assert.That(_rule.AppliesTo("HB-FQ-005"), Is.True);
        Assert.That(_rule.AppliesTo("HB-FQ-004"), Is.False);
    }

    [Test]
    public void FindingWithoutConcentrationsNeedsBoth()
    {
        var errors = _rule.Check(ResultData.Of(new { measure = "立案调查" })).Select(e => e.Field);
        Assert.That(errors, Is.EquivalentTo(new[] { "measuredConcentration", "limitConcentration" }));
    }

    [Test]
    public void ConcentrationAtOrBelowLimitIsNotAnExceedance()
    {
        var errors = _rule.Check(ResultData.Of(new { measure = "立案调查", measuredConcentration = 20, limitConcentration = 20 })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measuredConcentration" }));
    }

    [Test]
    public void ConcentrationAboveLimitPasses() =>
        Assert.That(_rule.Check(ResultData.Of(new { measure = "责令改正", measuredConcentration = 48.5, limitConcentration = 20 })), Is.Empty);

    [Test]
    public void NoActionNeedsNoConcentrations() =>
        Assert.That(_rule.Check(ResultData.Of(new { measure = "无需处置" })), Is.Empty);
}
