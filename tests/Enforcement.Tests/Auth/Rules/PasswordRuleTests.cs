using Enforcement.Identity.Passwords;

namespace Enforcement.Tests.Auth.Rules;

public sealed class PasswordRuleTests
{
    [TestCase("0123456789")]
    [TestCase("执法大队二〇二六年度密码")]
    public void Ten_characters_or_more_are_accepted(string password) =>
        Assert.That(PasswordRule.Check("zhang.san", password), Is.Null);

    [TestCase(null, "须设置密码")]
    [TestCase("   ", "须设置密码")]
    [TestCase("123456789", "密码至少 10 个字符")]
    public void Missing_or_short_passwords_are_refused_in_Chinese(string? password, string reason) =>
        Assert.That(PasswordRule.Check("zhang.san", password), Is.EqualTo(reason));

    [Test]
    public void The_user_name_is_not_a_password() =>
        Assert.That(PasswordRule.Check("dispatcher01", "Dispatcher01"), Is.EqualTo("密码不能与用户名相同"));

    [Test]
    public void Overlong_passwords_are_refused() =>
        Assert.That(PasswordRule.Check("a1", new string('x', 129)), Is.EqualTo("密码最多 128 个字符"));
}
