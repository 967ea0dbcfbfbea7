using Enforcement.Identity.Passwords;

namespace Enforcement.Tests.Auth.Rules;

public sealed class PasswordHasherTests
{
    [Test]
    public void The_right_password_verifies_and_a_wrong_one_does_not()
    {
        var stored = PasswordHasher.Hash("正确的密码-correct horse", 1000);
        Assert.Multiple(() =>
        {
            Assert.That(PasswordHasher.Verify("正确的密码-correct horse", stored), Is.True);
            Assert.That(PasswordHasher.Verify("正确的密码-correct hors", stored), Is.False);
            Assert.That(PasswordHasher.Verify("", stored), Is.False);
        });
    }

    [Test]
    public void Each_hash_has_its_own_salt_so_one_password_hashes_differently_twice()
    {
        var a = PasswordHasher.Hash("same-password-123", 1000);
        var b = PasswordHasher.Hash("same-password-123", 1000);
        Assert.Multiple(() =>
        {
            Assert.That(a.Salt, Is.Not.EqualTo(b.Salt));
            Assert.That(a.Hash, Is.Not.EqualTo(b.Hash));
            Assert.That(Convert.FromBase64String(a.Salt), Has.Length.EqualTo(16));
            Assert.That(Convert.FromBase64String(a.Hash), Has.Length.EqualTo(32));
        });
    }

    [Test]
    public void The_iteration_count_is_stored_and_used_when_verifying()
    {
        var stored = PasswordHasher.Hash("iterations-matter", 1500);
        Assert.Multiple(() =>
        {
            Assert.That(stored.Iterations, Is.EqualTo(1500));
            Assert.That(PasswordHasher.Verify("iterations-matter", stored with { Iterations = 1501 }), Is.False);
            Assert.That(PasswordHasher.Verify("iterations-matter", stored), Is.True);
        });
    }

    [Test]
    public void The_default_cost_is_OWASPs_600000_iterations_of_PBKDF2_SHA256()
    {
        Assert.That(new Enforcement.Identity.SignInOptions().PasswordIterations, Is.EqualTo(600_000));
    }
}
