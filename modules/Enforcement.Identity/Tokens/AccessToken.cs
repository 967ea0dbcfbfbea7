namespace Enforcement.Identity.Tokens;

/// <summary>
/// A signed-in session: a bearer token, or the token behind a sign-in cookie. Only the SHA-256 of the
/// secret is stored, so a copy of the database signs no one in.
/// </summary>
internal sealed class AccessToken
{
    public Guid Id { get; set; }
    public string TokenHash { get; set; } = "";
    public Guid UserId { get; set; }
    /// <summary><c>bearer</c> or <c>cookie</c>: a token is accepted only the way it was issued.</summary>
    public string Kind { get; set; } = "";
    public DateTime IssuedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsValidAt(DateTime now) => RevokedAt is null && ExpiresAt > now;
}
