namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 行政处罚法 第44条、第62条、第64条: no decision before the party was told and heard — the statement period has
/// passed or the party stated or waived; a requested hearing was held or waived; and while the party may still ask
/// for a hearing, the decision waits.
/// </summary>
internal static class PriorNoticeRule
{
    public static string? Check(Proceeding p, DateOnly today)
    {
        if (p.NoticeAt is null) return "未告知当事人拟作出的行政处罚内容及事实、理由、依据，不得作出处罚决定（《行政处罚法》第四十四条、第六十二条）";
        if (p.StatementAt is null && today <= p.StatementDeadline)
            return $"当事人陈述、申辩期限未届满（截至 {p.StatementDeadline:yyyy-MM-dd}），且未陈述申辩或明确放弃（《行政处罚法》第四十五条、第六十二条）";
        if (p.HearingRequestedAt is not null && p.HearingHeldAt is null && !p.HearingWaived)
            return "当事人已要求听证，须举行听证后作出决定（《行政处罚法》第六十三条、第六十五条）";
        if (p.HearingRight && p.HearingRequestedAt is null && !p.StatementWaived && today <= p.HearingRequestDeadline)
            return $"当事人要求听证的期限未届满（截至 {p.HearingRequestDeadline:yyyy-MM-dd}）（《行政处罚法》第六十四条第（一）项）";
        return null;
    }
}
