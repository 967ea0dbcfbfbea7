namespace Enforcement.Identity;

/// <summary>Sign-in settings, from configuration section <c>Enforcement:Identity</c>.</summary>
public sealed class SignInOptions
{
    /// <summary>PBKDF2-SHA256 iterations for new hashes; a stored hash keeps its own count and is upgraded on sign-in.</summary>
    public int PasswordIterations { get; set; } = Passwords.PasswordHasher.DefaultIterations;

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a bearer token or a sign-in cookie is valid.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
