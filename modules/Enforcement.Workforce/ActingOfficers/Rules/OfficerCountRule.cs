namespace Enforcement.Workforce.ActingOfficers.Rules;

/// <summary>行政处罚法 第四十二条第一款: enforcement is carried out by no fewer than two officers.</summary>
internal sealed class OfficerCountRule
{
    public const int Minimum = 2;

    public string? Check(IReadOnlyCollection<string> badges) => badges.Count >= Minimum
        ? null
        : $"执法人员不得少于两人（《行政处罚法》第四十二条第一款），本次只有 {badges.Count} 人";
}
