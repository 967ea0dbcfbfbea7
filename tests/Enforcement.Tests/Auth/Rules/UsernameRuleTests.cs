using Enforcement.Identity.Users;

namespace Enforcement.Tests.Auth.Rules;

public sealed class UsernameRuleTests
{
    [TestCase("zhang.san")]
    [TestCase("officer-01")]
    [TestCase("Liaison_Housing")]
    public void Ascii_names_are_accepted_and_compared_in_lower_case(string name)
    {
        Assert.Multiple(() =>
        {
            Assert.That(UsernameRule.Check(name), Is.Null);
            Assert.That(UsernameRule.Normalize($" {name} "), Is.EqualTo(name.ToLowerInvariant()));
        });
    }

    [TestCase("")]
    [TestCase("a")]
    [TestCase("-dash-first")]
    [TestCase("张三")]
    [TestCase("has space")]
    [TestCase("thirty-three-characters-long-name")]
    public void Other_names_are_refused(string name) => Assert.That(UsernameRule.Check(name), Is.Not.Null);
}
