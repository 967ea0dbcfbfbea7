using Enforcement.Modules.WaterAffairs.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WaterAffairs;

public sealed class RainNetworkFindingRuleTests
{
    private readonly RainNetworkFindingRule _rule = new();
    private const string Rain = "雨水管网（雨水口、雨水井）";

    [Test]
    public void AppliesToTheRainNetworkItemOnly()
    {
        Assert.That(_rule.AppliesTo("SW-PS-002"), Is.True);
        Assert.That(_rule.AppliesTo("SW-PS-001"), Is.False);
    }

    [Test]
    public void FindingInASeparatedAreaIntoTheRainNetworkPasses() =>
        Assert.That(_rule.Check(WaterData.Of(new { measure = "责令改正并给予警告", separated = "是", outlet = Rain })), Is.Empty);

    [Test]
    public void FindingOutsideASeparatedAreaIsRefused() =>
        Assert.That(_rule.Check(WaterData.Of(new { measure = "责令改正并给予警告", separated = "不清楚", outlet = Rain })).Single().Field,
            Is.EqualTo("separated"));

    [Test]
    public void FindingWithAnotherOutletIsRefused() =>
        Assert.That(_rule.Check(WaterData.Of(new { measure = "立案调查（逾期不改正或造成严重后果）", separated = "是", outlet = "路面、绿地" })).Single().Field,
            Is.EqualTo("outlet"));

    [Test]
    public void NoActionIsNotJudged() =>
        Assert.That(_rule.Check(WaterData.Of(new { measure = "无需处置", separated = "否", outlet = "其他" })), Is.Empty);
}
