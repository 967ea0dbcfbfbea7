namespace Enforcement.Routing.NonEnforcement;

/// <summary>邻里纠纷 — a civil dispute between private parties: mediation (人民调解) or the courts, not a penalty.</summary>
internal sealed class NeighbourDisputeRule : INotEnforcementRule
{
    private static readonly string[] Dispute =
    [
        "邻里纠纷", "邻里矛盾", "家庭纠纷", "家庭矛盾", "民事纠纷", "漏水", "渗水", "往下滴水", "水渍", "借钱", "借了钱",
        "借了我", "借我的", "欠钱不还", "欠我钱", "不还钱", "拖着不还", "一直不还", "欠款", "赔偿", "吵架", "吵了一架", "采光", "挡光", "挡住阳光", "挡阳光", "宅基地",
        "遗产", "离婚", "分家", "调解", "赡养", "彩礼",
    ];

    public string Category => "neighbour-dispute";
    public string CategoryName => "邻里纠纷";
    public double Overruled => 0.8;

    public string? Match(string text) =>
        Wording.FirstOf(text, Dispute) is { } word ? $"属于当事人之间的民事纠纷（“{word}”），建议社区或人民调解委员会调解，或依法诉讼。" : null;
}
