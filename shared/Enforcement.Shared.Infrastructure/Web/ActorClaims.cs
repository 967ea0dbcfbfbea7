namespace Enforcement.Shared.Infrastructure.Web;

/// <summary>
/// The claims the identity module puts on a signed-in principal, and how the caller proved who it is.
/// The user name is the principal's name and each role a standard role claim.
/// </summary>
public static class ActorClaims
{
    public const string DisplayName = "display_name";
    public const string Department = "department";
    public const string Badge = "badge";
    public const string Channel = "channel";
    /// <summary>The id of the token or channel key the request came with (never the secret).</summary>
    public const string CredentialId = "credential_id";

    /// <summary>Values of <c>ClaimsIdentity.AuthenticationType</c>.</summary>
    public static class Via
    {
        public const string Bearer = "bearer";
        public const string Cookie = "cookie";
        public const string ApiKey = "api-key";
    }
}
