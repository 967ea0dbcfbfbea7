using NUnit.Framework;
using Enforcement.Workforce.ActingOfficers.Rules;

namespace Enforcement.Modules.Tests.Workforce;

/// <summary>行政处罚法 第四十二条第一款: 执法人员不得少于两人.</summary>
[TestFixture]
public sealed class OfficerCountRuleTests
{
    private readonly OfficerCountRule _rule = new();

    [Test]
    public void Two_officers_may_act() => Assert.That(_rule.Check(["NY-001", "NY-002"]), Is.Null);

    [Test]
    public void One_officer_is_refused_citing_article_42()
    {
        var problem = _rule.Check(["NY-001"]);
        Assert.That(problem, Does.Contain("不得少于两人").And.Contain("第四十二条第一款").And.Contain("只有 1 人"));
    }

    [Test]
    public void Nobody_is_refused() => Assert.That(_rule.Check([]), Does.Contain("只有 0 人"));
}
