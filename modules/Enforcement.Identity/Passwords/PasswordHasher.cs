using System.Security.Cryptography;

namespace Enforcement.Identity.Passwords;

/// <summary>A stored password: PBKDF2-SHA256 output, its salt and its iteration count (all kept per user).</summary>
internal sealed record HashedPassword(string Hash, string Salt, int Iterations);

/// <summary>PBKDF2-SHA256 with a per-user random salt; verification compares in constant time.</summary>
internal static class PasswordHasher
{
    /// <summary>OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256.</summary>
    public const int DefaultIterations = 600_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // Verified against when the user name is unknown, so an unknown name costs as much time as a wrong password.
    private static readonly HashedPassword Decoy = Hash(Tokens.Secrets.NewPassword(), 1000);

    public static HashedPassword Hash(string password, int iterations)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, HashAlgorithmName.SHA256, HashBytes);
        return new HashedPassword(Convert.ToBase64String(hash), Convert.ToBase64String(salt), iterations);
    }

    public static bool Verify(string password, HashedPassword stored)
    {
        var expected = Convert.FromBase64String(stored.Hash);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(stored.Salt), stored.Iterations,
            HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Spends the time of one verification at the given cost, for a user name that does not exist.</summary>
    public static void VerifyDecoy(string password, int iterations) => Verify(password, Decoy with { Iterations = iterations });
}
