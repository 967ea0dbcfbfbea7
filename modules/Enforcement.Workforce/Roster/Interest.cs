namespace Enforcement.Workforce.Roster;

/// <summary>
/// 回避事由 — an officer's recorded interest in a party (by name) or a case, for which the officer
/// must not act (行政处罚法 第四十三条).
/// </summary>
internal sealed class Interest
{
    public Guid Id { get; set; }
    public Guid OfficerId { get; set; }
    public string? Party { get; set; }
    public Guid? CaseId { get; set; }
    public string Reason { get; set; } = "";
    public string RecordedBy { get; set; } = "";
    public DateTime RecordedAt { get; set; }

    public bool Concerns(string? party, Guid? caseId) =>
        (CaseId is not null && CaseId == caseId) ||
        (Party is not null && party is not null && SameParty(Party, party));

    /// <summary>Names compare trimmed and case-insensitively, so "ABC 餐馆" and "abc 餐馆 " are one party.</summary>
    private static bool SameParty(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
