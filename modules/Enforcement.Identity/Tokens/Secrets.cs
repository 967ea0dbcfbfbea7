using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Enforcement.Identity.Tokens;

/// <summary>Random secrets (tokens, API keys, generated passwords) and the hash under which they are stored.</summary>
internal static class Secrets
{
    public const int TokenBytes = 32;

    /// <summary>A channel key starts with this, so a leaked key is recognisable in logs and scanners.</summary>
    public const string ChannelKeyPrefix = "enfk_";

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));

    public static string NewChannelKey() => ChannelKeyPrefix + NewToken();

    /// <summary>144 random bits in 24 URL-safe characters.</summary>
    public static string NewPassword() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));

    /// <summary>
    /// SHA-256 is enough for these secrets (unlike passwords): they are 256 random bits, so there is
    /// nothing to guess, and a fast hash keeps the per-request lookup cheap.
    /// </summary>
    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
