namespace Enforcement.Routing.NonEnforcement;

/// <summary>
/// 办事咨询 — a question how, where or when to get something done (a licence, a certificate, office
/// hours). Unlike a general question it reports no violation, whatever items its words recall.
/// </summary>
internal sealed class ProcedureQuestionRule : INotEnforcementRule
{
    private static readonly string[] Procedure =
    [
        "怎么办理", "如何办理", "怎么申请", "如何申请", "需要什么材料", "要什么材料", "带什么材料", "需要哪些材料",
        "什么手续", "哪些手续", "几点开门", "几点上班", "几点下班", "办公时间", "上班时间", "在哪里办", "去哪里办",
        "在哪办", "去哪办", "哪里可以办", "哪个窗口", "怎么预约", "流程是什么", "怎么查询", "怎么算", "要多少钱", "收费标准",
    ];

    public string Category => "consultation";
    public string CategoryName => "咨询";
    public double Overruled => double.PositiveInfinity;

    public string? Match(string text) =>
        Wording.FirstOf(text, Procedure) is { } word ? $"来电为办事咨询（“{word}”），未反映违法行为，建议按咨询答复。" : null;
}
