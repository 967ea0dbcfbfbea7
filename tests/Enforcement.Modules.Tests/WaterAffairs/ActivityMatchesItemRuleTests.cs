using Enforcement.Modules.WaterAffairs.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WaterAffairs;

public sealed class ActivityMatchesItemRuleTests
{
    private static ActivityMatchesItemRule For(string code) => ActivityMatchesItemRule.All.Single(r => r.AppliesTo(code));

    [Test]
    public void EachFacilityItemHasExactlyOneRule()
    {
        foreach (var code in new[] { "SW-SS-001", "SW-SS-002", "SW-SS-003" })
            Assert.That(ActivityMatchesItemRule.All.Count(r => r.AppliesTo(code)), Is.EqualTo(1), code);
        Assert.That(ActivityMatchesItemRule.All.Any(r => r.AppliesTo("SW-PS-001")), Is.False);
    }

    [TestCase("SW-SS-001", "倾倒垃圾、渣土、施工泥浆等废弃物")]
    [TestCase("SW-SS-002", "建设占压设施的建筑物、构筑物或者其他设施")]
    [TestCase("SW-SS-003", "擅自拆除、改动设施")]
    public void TheItemsOwnActivityPasses(string code, string activity) =>
        Assert.That(For(code).Check(WaterData.Of(new { measure = "立案调查", activity })), Is.Empty);

    [Test]
    public void AnotherItemsActivityIsRefused() =>
        Assert.That(For("SW-SS-002").Check(WaterData.Of(new { measure = "立案调查", activity = "擅自拆除、改动设施" })).Single().Field,
            Is.EqualTo("activity"));

    [Test]
    public void NoActionIsNotJudged() =>
        Assert.That(For("SW-SS-001").Check(WaterData.Of(new { measure = "无需处置", activity = "其他危及设施安全的活动" })), Is.Empty);
}
