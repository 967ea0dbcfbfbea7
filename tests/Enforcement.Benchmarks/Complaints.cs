namespace Enforcement.Benchmarks;

/// <summary>Varied, realistic complaints with distinct places, so none is a duplicate of another.</summary>
internal static class Complaints
{
    private static readonly string[] Texts =
    [
        "路边有人露天烧烤，烟熏得开不了窗",
        "楼下饭店油烟直接排到居民楼里",
        "小区门口有人摆摊卖菜占了人行道",
        "工地半夜还在施工，噪音太吵",
        "有车天天违法停车堵在小区门口",
        "超市在卖过期的牛奶",
        "老板拖欠工资三个月了",
        "楼道里堆满杂物把消防通道堵了",
        "有人往雨水井里倒污水",
        "绿化带里的树被人砍了",
    ];

    public sealed record Row(string ExternalId, string Text, string Address, DateTimeOffset ReportedAt);

    public static IReadOnlyList<Row> Generate(int n) =>
        Enumerable.Range(1, n).Select(i => new Row(
            $"BENCH-{i:00000}", Texts[i % Texts.Length], $"南苑街道兴隆大街{i}号",
            new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.FromHours(8)).AddSeconds(i))).ToList();
}
