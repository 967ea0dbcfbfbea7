namespace Enforcement.Identity.Users;

/// <summary>A user as the API and the record show it: never the password hash or salt.</summary>
public sealed record UserView(
    string Username, string DisplayName, IReadOnlyList<string> Roles, string? Department, string? Badge,
    bool Active, int FailedAttempts, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt)
{
    internal static UserView Of(User u) => new(u.Username, u.DisplayName, u.RoleList, u.Department, u.Badge, u.Active,
        u.FailedAttempts, u.LockedUntil is { } l ? new DateTimeOffset(l) : null, new DateTimeOffset(u.CreatedAt));
}
