namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 行政处罚法 第45条第二款: no heavier penalty because the party stated a defence; and a decision heavier than the
/// penalty notified was never put to the party (第44条、第62条). Either way it is refused.
/// </summary>
internal static class NoHeavierPenaltyRule
{
    public static string? Check(string proposedKind, decimal? proposedAmount, string kind, decimal? amount, bool partyArgued)
    {
        if (Penalties.Weight(kind, amount).CompareTo(Penalties.Weight(proposedKind, proposedAmount)) <= 0) return null;
        var what = $"拟作出的“{Penalties.Describe(kind, amount)}”重于告知的“{Penalties.Describe(proposedKind, proposedAmount)}”";
        return partyArgued
            ? $"{what}：行政机关不得因当事人陈述、申辩而给予更重的处罚（《行政处罚法》第四十五条第二款）"
            : $"{what}：加重处罚须重新告知当事人（《行政处罚法》第四十四条、第六十二条）";
    }
}
