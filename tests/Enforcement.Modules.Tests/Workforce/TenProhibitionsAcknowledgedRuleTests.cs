using NUnit.Framework;
using Enforcement.Workforce.ActingOfficers.Rules;
using static Enforcement.Modules.Tests.Workforce.RosterData;

namespace Enforcement.Modules.Tests.Workforce;

/// <summary>The brigade's own rule (no statute): acknowledge the ten prohibitions in force before acting.</summary>
[TestFixture]
public sealed class TenProhibitionsAcknowledgedRuleTests
{
    private readonly TenProhibitionsAcknowledgedRule _rule = new();

    [Test]
    public void An_acknowledgement_of_the_current_text_passes() =>
        Assert.That(_rule.Check(Officer().Acknowledged(), Matter()), Is.Null);

    [Test]
    public void No_acknowledgement_is_refused_as_a_brigade_rule_without_citing_a_law()
    {
        var problem = _rule.Check(Officer(), Matter());
        Assert.That(problem, Does.StartWith("执法人员 NY-003 王五 尚未确认“十不准”").And.Contain("大队规定").And.Not.Contain("法》"));
    }

    [Test]
    public void An_acknowledgement_of_an_earlier_text_no_longer_counts() =>
        Assert.That(_rule.Check(Officer().Acknowledged("old-text-hash"), Matter()), Does.Contain("旧版“十不准”"));
}
