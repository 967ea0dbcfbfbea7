namespace Enforcement.Identity.Users;

/// <summary>
/// A person who signs in: 调度员, 执法队员, 大队长, 部门联络员, 区级管理员, 审计员 or the set-up account.
/// The password is kept only as a PBKDF2 hash with its own salt and iteration count.
/// </summary>
internal sealed class User
{
    public Guid Id { get; set; }
    /// <summary>Lower-case; unique.</summary>
    public string Username { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public string PasswordSalt { get; set; } = "";
    public int PasswordIterations { get; set; }
    /// <summary>Role codes (<c>Roles</c>), separated by spaces.</summary>
    public string Roles { get; set; } = "";
    /// <summary>For a liaison: the department (module key) it belongs to.</summary>
    public string? Department { get; set; }
    /// <summary>An officer's badge number (执法证号), linking the account to the roster.</summary>
    public string? Badge { get; set; }
    public bool Active { get; set; } = true;
    public int FailedAttempts { get; set; }
    public DateTime? LockedUntil { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
