using Enforcement.Modules.Planning.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Planning;

public sealed class PermitStatusMatchesItemRuleTests
{
    private static PermitStatusMatchesItemRule For(string code) => PermitStatusMatchesItemRule.All.Single(r => r.AppliesTo(code));

    [Test]
    public void EachBuildingItemHasExactlyOneRule()
    {
        foreach (var code in new[] { "GH-WJ-001", "GH-WJ-002" })
            Assert.That(PermitStatusMatchesItemRule.All.Count(r => r.AppliesTo(code)), Is.EqualTo(1), code);
        Assert.That(PermitStatusMatchesItemRule.All.Any(r => r.AppliesTo("GH-LS-001")), Is.False);
    }

    [TestCase("GH-WJ-001", "未取得建设工程规划许可证")]
    [TestCase("GH-WJ-002", "已取得但未按许可证规定建设")]
    public void TheItemsOwnPermitStatusPasses(string code, string permit) =>
        Assert.That(For(code).Check(PlanningData.Of(new { measure = "责令停止建设", permit })), Is.Empty);

    [TestCase("GH-WJ-001", "已取得但未按许可证规定建设")]
    [TestCase("GH-WJ-001", "待核实")]
    [TestCase("GH-WJ-002", "已取得并按许可证建设")]
    public void AnotherPermitStatusIsRefused(string code, string permit) =>
        Assert.That(For(code).Check(PlanningData.Of(new { measure = "责令停止建设", permit })).Single().Field, Is.EqualTo("permit"));

    [Test]
    public void ReferralAndNoActionAreNotJudged()
    {
        Assert.That(For("GH-WJ-001").Check(PlanningData.Of(new { measure = "移送规划主管部门认定", permit = "待核实" })), Is.Empty);
        Assert.That(For("GH-WJ-001").Check(PlanningData.Of(new { measure = "无需处置", permit = "已取得并按许可证建设" })), Is.Empty);
    }
}
