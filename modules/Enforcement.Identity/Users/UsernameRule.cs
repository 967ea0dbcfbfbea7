using System.Text.RegularExpressions;

namespace Enforcement.Identity.Users;

/// <summary>
/// User names are ASCII, 2–32 characters of lower-case letters, digits, <c>.</c>, <c>_</c> and <c>-</c>,
/// starting with a letter or digit; compared without case. The Chinese name goes in the display name.
/// </summary>
internal static partial class UsernameRule
{
    public static string Normalize(string? username) => (username ?? "").Trim().ToLowerInvariant();

    /// <summary>The Chinese reason the name is refused, or null when it is acceptable.</summary>
    public static string? Check(string? username)
    {
        var name = Normalize(username);
        if (name.Length == 0) return "须填写用户名";
        return Pattern().IsMatch(name) ? null : "用户名须为 2–32 位小写字母、数字或 . _ -，并以字母或数字开头";
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,31}$")]
    private static partial Regex Pattern();
}
