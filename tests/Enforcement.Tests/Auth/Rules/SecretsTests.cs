using System.Buffers.Text;
using Enforcement.Identity.Tokens;

namespace Enforcement.Tests.Auth.Rules;

public sealed class SecretsTests
{
    [Test]
    public void Tokens_are_32_random_bytes_in_base64url()
    {
        var tokens = Enumerable.Range(0, 50).Select(_ => Secrets.NewToken()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(tokens, Is.Unique);
            Assert.That(tokens.Select(t => Base64Url.DecodeFromChars(t).Length), Has.All.EqualTo(32));
            Assert.That(tokens, Has.None.Contains("+").And.None.Contains("/").And.None.Contains("="));
        });
    }

    [Test]
    public void Channel_keys_are_recognisable_and_hash_to_64_hex_characters()
    {
        var key = Secrets.NewChannelKey();
        Assert.Multiple(() =>
        {
            Assert.That(key, Does.StartWith("enfk_"));
            Assert.That(Secrets.Hash(key), Does.Match("^[0-9a-f]{64}$"));
            Assert.That(Secrets.Hash(key), Is.EqualTo(Secrets.Hash(new string(key.ToCharArray()))), "the same key always hashes alike");
            Assert.That(Secrets.Hash(key), Is.Not.EqualTo(Secrets.Hash(Secrets.NewChannelKey())));
        });
    }

    [Test]
    public void Generated_passwords_are_long_enough_and_differ()
    {
        var a = Secrets.NewPassword();
        Assert.Multiple(() =>
        {
            Assert.That(a, Has.Length.EqualTo(24));
            Assert.That(a, Is.Not.EqualTo(Secrets.NewPassword()));
        });
    }
}
