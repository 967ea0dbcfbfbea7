namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 行政处罚法 第63条、第64条: who may ask for a hearing, within what period, and how early the party is told of it.
/// </summary>
internal static class HearingRules
{
    /// <summary>第63条第一款第（一）项: a fine of a "larger amount" (the locality's threshold) gives the right to a hearing.</summary>
    public static bool Grants(string kind, decimal? amount, decimal threshold) =>
        kind == Penalties.Fine && amount >= threshold;

    /// <summary>第64条第（一）项: the request comes within five (working) days of the notice.</summary>
    public static string? CheckRequest(DateOnly requestedOn, DateOnly deadline) =>
        requestedOn <= deadline ? null : $"要求听证应当在告知后五个工作日内（截至 {deadline:yyyy-MM-dd}）提出（《行政处罚法》第六十四条第（一）项）";

    /// <summary>第64条第（二）项: the party is notified at least seven (working) days before the hearing.</summary>
    public static string? CheckNotice(DateOnly noticeOn, DateOnly hearingOn, DateOnly earliest) =>
        hearingOn >= earliest ? null
            : $"应当在举行听证的七日（工作日）前通知当事人：{noticeOn:yyyy-MM-dd} 通知的，听证最早于 {earliest:yyyy-MM-dd} 举行（《行政处罚法》第六十四条第（二）项、第八十五条）";
}
