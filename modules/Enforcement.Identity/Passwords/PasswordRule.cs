namespace Enforcement.Identity.Passwords;

/// <summary>What a new password must be: at least 10 characters, not blank, not the user name.</summary>
internal static class PasswordRule
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    /// <summary>The Chinese reason the password is refused, or null when it is acceptable.</summary>
    public static string? Check(string? username, string? password)
    {
        if (string.IsNullOrWhiteSpace(password)) return "须设置密码";
        if (password.Length < MinLength) return $"密码至少 {MinLength} 个字符";
        if (password.Length > MaxLength) return $"密码最多 {MaxLength} 个字符";
        if (username is not null && string.Equals(password.Trim(), username.Trim(), StringComparison.OrdinalIgnoreCase))
            return "密码不能与用户名相同";
        return null;
    }
}
