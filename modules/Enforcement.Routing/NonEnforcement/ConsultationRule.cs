namespace Enforcement.Routing.NonEnforcement;

/// <summary>
/// 咨询 — a caller who asks rather than reports. Weak: "请问楼下烧烤油烟谁管" asks, but about a
/// violation, so any solid item evidence overrules it.
/// </summary>
internal sealed class ConsultationRule : INotEnforcementRule
{
    private static readonly string[] Asking =
    [
        "咨询", "请问", "想问", "问一下", "问下", "打听", "了解一下", "政策是什么", "有没有规定", "是否可以", "可不可以", "能不能办",
    ];

    public string Category => "consultation";
    public string CategoryName => "咨询";
    public double Overruled => 0.3;

    public string? Match(string text) =>
        Wording.FirstOf(text, Asking) is { } word ? $"来电为咨询（“{word}”），未反映违法行为，建议按咨询答复。" : null;
}
