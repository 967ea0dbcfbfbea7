using Enforcement.Identity.Users;
using Enforcement.Shared.Primitives;

namespace Enforcement.Tests.Auth.Rules;

public sealed class RoleRuleTests
{
    private static readonly string[] Departments = ["housing", "city-management"];

    [Test]
    public void People_roles_without_a_department_are_accepted() =>
        Assert.That(RoleRule.Check([Roles.Dispatcher, Roles.Commander], null, Departments), Is.Empty);

    [Test]
    public void A_liaison_with_a_loaded_department_is_accepted() =>
        Assert.That(RoleRule.Check([Roles.Liaison], "housing", Departments), Is.Empty);

    [Test]
    public void A_liaison_must_name_a_department_that_is_loaded()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RoleRule.Check([Roles.Liaison], null, Departments), Contains.Key("department"));
            Assert.That(RoleRule.Check([Roles.Liaison], "no-such", Departments), Contains.Key("department"));
        });
    }

    [Test]
    public void Only_a_liaison_has_a_department() =>
        Assert.That(RoleRule.Check([Roles.Officer], "housing", Departments), Contains.Key("department"));

    [Test]
    public void No_roles_an_unknown_role_or_the_channel_role_are_refused()
    {
        Assert.Multiple(() =>
        {
            Assert.That(RoleRule.Check([], null, Departments), Contains.Key("roles"));
            Assert.That(RoleRule.Check(["superuser"], null, Departments), Contains.Key("roles"));
            Assert.That(RoleRule.Check([Roles.Channel], null, Departments), Contains.Key("roles"), "channel is for API keys only");
        });
    }
}
