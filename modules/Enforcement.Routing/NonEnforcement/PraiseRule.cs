namespace Enforcement.Routing.NonEnforcement;

/// <summary>表扬 — thanks or praise for the brigade or others, unless it also reports a new problem.</summary>
internal sealed class PraiseRule : INotEnforcementRule
{
    private static readonly string[] Praise =
    [
        "表扬", "感谢", "谢谢你们", "谢谢城管", "谢谢执法", "锦旗", "点赞", "点个赞", "致谢", "感谢信", "表示感谢", "辛苦了",
        "服务态度好", "处理得很及时", "处理得很快", "处理很及时", "非常满意", "很满意",
    ];

    // A thank-you that goes on to complain is a complaint.
    private static readonly string[] ButComplains = ["但是", "可是", "不过", "又开始", "又来了", "还是没", "投诉", "举报"];

    public string Category => "praise";
    public string CategoryName => "表扬";
    public double Overruled => double.PositiveInfinity;

    public string? Match(string text) =>
        Wording.FirstOf(text, Praise) is { } word && Wording.FirstOf(text, ButComplains) is null
            ? $"来电为表扬或感谢（“{word}”），不是执法事项，请转相关科室登记。"
            : null;
}
