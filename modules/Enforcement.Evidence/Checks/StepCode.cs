using System.Text.RegularExpressions;

namespace Enforcement.Evidence.Checks;

/// <summary>
/// The case step a piece of evidence belongs to, as a short code (<c>arrival</c>, <c>result</c>,
/// <c>investigation</c>, <c>hearing</c> …). The procedure owns the list of steps, so any well-formed code is taken.
/// </summary>
internal static partial class StepCode
{
    public const string Rule = "步骤代码（step）须为 1 至 32 个小写英文字母或连字符，如 arrival、result、investigation";

    public static bool IsValid(string? step) => step is not null && Pattern().IsMatch(step);

    [GeneratedRegex("^[a-z-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
