using Enforcement.Cases.Procedure.Rules;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class DecisionDeadlineRuleTests
{
    private static readonly DateTime Due = new(2027, 2, 25, 16, 0, 0, DateTimeKind.Utc);

    [Test]
    public void Before_the_due_time_the_decision_may_be_made() =>
        Assert.That(DecisionDeadlineRule.Check(Due, Due.AddMinutes(-1), extended: false), Is.Null);

    [Test]
    public void After_day_90_without_an_extension_it_is_refused_citing_article_60() =>
        Assert.That(DecisionDeadlineRule.Check(Due, Due.AddMinutes(1), extended: false), Does.Contain("第六十条"));

    [Test]
    public void After_an_extended_deadline_it_needs_a_further_extension() =>
        Assert.That(DecisionDeadlineRule.Check(Due, Due.AddDays(1), extended: true), Does.Contain("再次批准延长"));
}
