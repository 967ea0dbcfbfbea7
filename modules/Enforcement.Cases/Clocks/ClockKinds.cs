using Enforcement.Cases.Procedure;

namespace Enforcement.Cases.Clocks;

/// <summary>The clocks a case runs, with their Chinese names and the rule each rests on.</summary>
internal static class ClockKinds
{
    public const string Arrival = "arrival";
    public const string Result = "result";
    public const string MajorOpinion = "major-opinion";
    public const string MajorResult = "major-result";

    public const string Decision = "decision";
    public const string Statement = "statement";
    public const string HearingRequest = "hearing-request";
    public const string Service = "service";
    public const string Payment = "payment";
    public const string Correction = "correction";

    private const string Commitment = "大队服务承诺";
    private const string Law = "《行政处罚法》";

    public static ClockSpec Spec(string kind, ServiceLevelOptions levels, ProcedureOptions procedure) => kind switch
    {
        Arrival => Span(kind, "到场时限", $"{Commitment}：接到指令或报告后 30 分钟内到场", levels.Arrival),
        Result => Span(kind, "处置时限", $"{Commitment}：到场后原则上 30 分钟内处置完毕", levels.Result),
        MajorOpinion => Span(kind, "重大复杂案件处置意见时限", $"{Commitment}：重大复杂案件 1 日内提出处置意见", levels.MajorOpinion),
        MajorResult => Span(kind, "重大复杂案件办结时限", $"{Commitment}：重大复杂案件 15 日内处置到位", levels.MajorResult),
        Decision => new(kind, "作出处罚决定期限", $"{Law}第六十条：自立案之日起九十日内作出行政处罚决定", ClockBasis.CalendarDays, 90, false),
        Statement => new(kind, "陈述申辩期限", $"{Law}第四十四条、第四十五条；期限天数为{procedure.StatementSource}",
            ClockBasis.WorkingDays, procedure.StatementWorkingDays, true),
        HearingRequest => new(kind, "要求听证期限", $"{Law}第六十四条第（一）项：告知后五日内提出（第八十五条：工作日）", ClockBasis.WorkingDays, 5, true),
        Service => new(kind, "送达期限", $"{Law}第六十一条：当事人不在场的，七日内送达（第八十五条：工作日）", ClockBasis.WorkingDays, 7, false),
        Payment => new(kind, "缴纳罚款期限", $"{Law}第六十七条第三款：自收到行政处罚决定书之日起十五日内缴纳", ClockBasis.CalendarDays, 15, true),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown clock"),
    };

    /// <summary>The correction deadline is the date the order sets, not a fixed length.</summary>
    public static ClockSpec CorrectionSpec(int days) =>
        new(Correction, "责令改正期限", "责令（限期）改正通知书确定的期限", ClockBasis.CalendarDays, days, true);

    private static ClockSpec Span(string kind, string name, string source, TimeSpan length) =>
        new(kind, name, source, ClockBasis.Duration, (int)Math.Ceiling(length.TotalMinutes), false);
}
