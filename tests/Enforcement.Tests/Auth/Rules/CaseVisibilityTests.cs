using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;

namespace Enforcement.Tests.Auth.Rules;

public sealed class CaseVisibilityTests
{
    private sealed class Actor(string? department, params string[] roles) : ICurrentActor
    {
        public string Name => "someone";
        public IReadOnlyCollection<string> Roles => roles;
        public string? Department => department;
    }

    [Test]
    public void A_liaison_is_confined_to_its_department_and_sees_only_its_joint_cases()
    {
        var confined = CaseVisibility.ConfinedToDepartment(new Actor("housing", Roles.Liaison));
        Assert.Multiple(() =>
        {
            Assert.That(confined, Is.EqualTo("housing"));
            Assert.That(CaseVisibility.Shows(confined, "housing", "joint"), Is.True);
            Assert.That(CaseVisibility.Shows(confined, "housing", "dispatched"), Is.False);
            Assert.That(CaseVisibility.Shows(confined, "fire-rescue", "joint"), Is.False);
        });
    }

    [Test]
    public void A_liaison_without_a_department_sees_nothing()
    {
        var confined = CaseVisibility.ConfinedToDepartment(new Actor(null, Roles.Liaison));
        Assert.That(CaseVisibility.Shows(confined, "housing", "joint"), Is.False);
    }

    [TestCase(Roles.Dispatcher)]
    [TestCase(Roles.Auditor)]
    [TestCase(Roles.Admin)]
    public void A_liaison_who_also_reads_every_case_is_not_confined(string other) =>
        Assert.That(CaseVisibility.ConfinedToDepartment(new Actor("housing", Roles.Liaison, other)), Is.Null);

    [Test]
    public void Everyone_else_sees_every_case() =>
        Assert.That(CaseVisibility.Shows(CaseVisibility.ConfinedToDepartment(new Actor(null, Roles.Officer)), "fire-rescue", "dispatched"), Is.True);
}
