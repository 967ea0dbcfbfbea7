namespace Enforcement.Shared.Primitives;

/// <summary>Where a work order came from (来源渠道).</summary>
public static class Channels
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["12345"] = "12345热线",
        ["district-platform"] = "区社会管理综合平台",
        ["media"] = "媒体曝光",
        ["resident"] = "居民投诉",
        ["patrol"] = "巡查发现",
    };

    public static bool IsKnown(string? channel) => channel is not null && Names.ContainsKey(channel);
}
