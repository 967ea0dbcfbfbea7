namespace Enforcement.Cases.Clocks;

/// <summary>The clocks a case runs, with their Chinese names and the rule each rests on.</summary>
internal static class ClockKinds
{
    public const string Arrival = "arrival";
    public const string Result = "result";
    public const string MajorOpinion = "major-opinion";
    public const string MajorResult = "major-result";

    private const string Commitment = "大队服务承诺";

    public static (string Name, string Source) Describe(string kind) => kind switch
    {
        Arrival => ("到场时限", $"{Commitment}：接到指令或报告后 30 分钟内到场"),
        Result => ("处置时限", $"{Commitment}：到场后原则上 30 分钟内处置完毕"),
        MajorOpinion => ("重大复杂案件处置意见时限", $"{Commitment}：重大复杂案件 1 日内提出处置意见"),
        MajorResult => ("重大复杂案件办结时限", $"{Commitment}：重大复杂案件 15 日内处置到位"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown clock"),
    };

    public static TimeSpan Length(string kind, ServiceLevelOptions levels) => kind switch
    {
        Arrival => levels.Arrival,
        Result => levels.Result,
        MajorOpinion => levels.MajorOpinion,
        MajorResult => levels.MajorResult,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown clock"),
    };
}
