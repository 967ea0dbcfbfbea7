using Enforcement.Modules.Planning.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Planning;

public sealed class TemporaryApprovalMatchesItemRuleTests
{
    private static TemporaryApprovalMatchesItemRule For(string code) => TemporaryApprovalMatchesItemRule.All.Single(r => r.AppliesTo(code));

    [Test]
    public void EachTemporaryItemHasExactlyOneRule()
    {
        foreach (var code in new[] { "GH-LS-001", "GH-LS-002", "GH-LS-003" })
            Assert.That(TemporaryApprovalMatchesItemRule.All.Count(r => r.AppliesTo(code)), Is.EqualTo(1), code);
        Assert.That(TemporaryApprovalMatchesItemRule.All.Any(r => r.AppliesTo("GH-WJ-001")), Is.False);
    }

    [TestCase("GH-LS-001", "未经批准")]
    [TestCase("GH-LS-002", "已批准但未按批准内容建设")]
    [TestCase("GH-LS-003", "已批准且已超过批准期限")]
    public void TheItemsOwnApprovalStatusPasses(string code, string approval) =>
        Assert.That(For(code).Check(PlanningData.Of(new { measure = "责令限期拆除", approval })), Is.Empty);

    [TestCase("GH-LS-001", "已批准且在期限内")]
    [TestCase("GH-LS-003", "未经批准")]
    public void AnotherApprovalStatusIsRefused(string code, string approval) =>
        Assert.That(For(code).Check(PlanningData.Of(new { measure = "立案调查", approval })).Single().Field, Is.EqualTo("approval"));

    [Test]
    public void NoActionIsNotJudged() =>
        Assert.That(For("GH-LS-003").Check(PlanningData.Of(new { measure = "无需处置", approval = "已批准且在期限内" })), Is.Empty);
}
