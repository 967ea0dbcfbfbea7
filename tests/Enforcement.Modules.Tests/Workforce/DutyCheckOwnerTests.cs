using NUnit.Framework;
using Enforcement.Workforce.DutyChecks;
using static Enforcement.Modules.Tests.Workforce.RosterData;

namespace Enforcement.Modules.Tests.Workforce;

[TestFixture]
public sealed class DutyCheckOwnerTests
{
    [TestCase("wangwu")]
    [TestCase("WangWu")]
    [TestCase("NY-003")]
    [TestCase("ny-003")]
    public void The_officer_answers_under_the_own_user_name_or_badge(string caller)
    {
        var officer = Officer();
        officer.Username = "wangwu";
        Assert.That(DutyCheckOwner.IsTheOfficer(caller, officer), Is.True);
    }

    [TestCase("zhangsan")]
    [TestCase("NY-004")]
    [TestCase("")]
    [TestCase(null)]
    [TestCase("anonymous")]
    public void Anyone_else_may_not(string? caller)
    {
        var officer = Officer();
        officer.Username = "wangwu";
        Assert.That(DutyCheckOwner.IsTheOfficer(caller, officer), Is.False);
    }

    [Test]
    public void An_officer_without_a_user_name_answers_by_badge_only()
    {
        var officer = Officer();
        Assert.Multiple(() =>
        {
            Assert.That(DutyCheckOwner.IsTheOfficer("NY-003", officer), Is.True);
            Assert.That(DutyCheckOwner.IsTheOfficer("wangwu", officer), Is.False);
        });
    }
}
