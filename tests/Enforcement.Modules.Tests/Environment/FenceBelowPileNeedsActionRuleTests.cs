using Enforcement.Modules.Environment.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Environment;

public sealed class FenceBelowPileNeedsActionRuleTests
{
    private readonly FenceBelowPileNeedsActionRule _rule = new();

    [Test]
    public void AppliesToUncoveredMaterialOnly()
    {
        Assert.That(_rule.AppliesTo("HB-YC-001"), Is.True);
        Assert.That(_rule.AppliesTo("HB-YC-004"), Is.False);
    }

    [Test]
    public void FenceLowerThanPileWithNoActionIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { pileHeight = 3.5, fenceHeight = 2.0, measure = "无需处置" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [Test]
    public void FenceLowerThanPileWithActionPasses() =>
        Assert.That(_rule.Check(ResultData.Of(new { pileHeight = 3.5, fenceHeight = 2.0, measure = "立案调查" })), Is.Empty);

    [Test]
    public void FenceAsHighAsPilePasses() =>
        Assert.That(_rule.Check(ResultData.Of(new { pileHeight = 2.0, fenceHeight = 2.0, measure = "无需处置" })), Is.Empty);

    [Test]
    public void MissingHeightsAreNotJudged() =>
        Assert.That(_rule.Check(ResultData.Of(new { measure = "无需处置" })), Is.Empty);
}
