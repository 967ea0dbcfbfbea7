using NUnit.Framework;
using Enforcement.Workforce.ActingOfficers.Rules;
using static Enforcement.Modules.Tests.Workforce.RosterData;

namespace Enforcement.Modules.Tests.Workforce;

[TestFixture]
public sealed class ActiveOnRosterRuleTests
{
    private readonly ActiveOnRosterRule _rule = new();

    [Test]
    public void An_active_officer_on_the_roster_may_act() => Assert.That(_rule.Check("NY-003", Officer()), Is.Null);

    [Test]
    public void A_badge_not_on_the_roster_is_named() =>
        Assert.That(_rule.Check("NY-099", null), Is.EqualTo("执法人员 NY-099 不在执法人员名册中"));

    [Test]
    public void A_deactivated_officer_is_refused_with_the_day_and_reason()
    {
        var officer = Officer();
        officer.Active = false;
        officer.DeactivatedAt = new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);
        officer.DeactivationReason = "调离大队";
        Assert.That(_rule.Check("NY-003", officer), Is.EqualTo("执法人员 NY-003 王五 已于 2026-11-20 停用（调离大队），不能执法"));
    }
}
