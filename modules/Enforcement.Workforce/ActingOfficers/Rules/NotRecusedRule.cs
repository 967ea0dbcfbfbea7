using Enforcement.Workforce.Roster;

namespace Enforcement.Workforce.ActingOfficers.Rules;

/// <summary>行政处罚法 第四十三条第一款: an officer with an interest in the case or the party must withdraw (回避).</summary>
internal sealed class NotRecusedRule : IActingOfficerRule
{
    public string? Check(Officer officer, ActingMatter matter)
    {
        var interest = officer.Interests.FirstOrDefault(i => i.Concerns(matter.Party, matter.CaseId));
        if (interest is null) return null;
        var with = interest.CaseId is not null && interest.CaseId == matter.CaseId ? "本案" : $"当事人“{interest.Party}”";
        return $"{officer.Label} 与{with}有利害关系（{interest.Reason}），应当回避（《行政处罚法》第四十三条）";
    }
}
