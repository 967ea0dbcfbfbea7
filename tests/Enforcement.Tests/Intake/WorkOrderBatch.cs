using System.Globalization;
using System.Text;

namespace Enforcement.Tests.Intake;

/// <summary>
/// A realistic 12345 export: varied colloquial complaints at distinct addresses in the sub-district, and
/// "me too" rows that repeat an earlier row's matter and place (same address written differently, or a
/// point a few metres away) under a new external id. Deterministic for a seed.
/// </summary>
internal sealed class WorkOrderBatch
{
    public sealed record Row(string ExternalId, string Text, string Address, double? Latitude, double? Longitude,
        DateTimeOffset ReportedAt, string? DuplicateOf);

    internal static readonly string[] Complaints =
    [
        "{0}路口有人摆露天烧烤摊，晚上烟熏火燎，窗户都不敢开",
        "{0}门口流动摊贩占道经营，人行道都走不通了",
        "{0}旁边工地半夜施工，噪音吵得孩子没法睡觉",
        "{0}一楼饭店油烟直排，没装油烟净化器，楼上全是油烟味",
        "{0}附近有人偷倒建筑垃圾，堆了一大堆没人管",
        "{0}楼道和电线杆上贴满小广告，牛皮癣清了又贴",
        "{0}有渣土车没盖篷布，土撒了一路",
        "{0}人行道上的井盖丢了，晚上路过很危险",
        "{0}小区里有人私搭乱建，在绿地上搭棚子",
        "{0}有人把绿化带里的树砍了好几棵",
        "{0}有人在空地上烧垃圾，黑烟呛得人喘不过气",
        "{0}路面被挖开好几天了，也没有围挡和警示标志",
        "{0}有人在家里养了一群鸡鸭，公鸡天不亮就叫",
        "{0}那家小吃店门前三包不落实，门口垃圾几天没人清",
        "{0}有家店没有营业执照，一直在卖东西",
        "{0}有人在楼道里乱堆杂物，把消防通道堵死了",
        "{0}有家网吧让未成年人进去上网",
        "{0}有个工厂偷偷往河里排污水，水都黑了",
        "{0}有人在墙上乱涂乱画，喷了很多广告号码",
    ];

    private static readonly string[] Streets =
    [
        "兴隆大街", "江东中路", "应天大街", "所街", "云锦路", "嘉陵江东街", "恒山路", "庐山路", "黄山路", "泰山路",
        "楠溪江东街", "白龙江东街", "富春江东街", "乐山路", "奥体大街", "集庆门大街", "水西门大街", "梦都大街", "新安江街", "牡丹江街",
    ];

    private static readonly string[] Openers = ["", "您好，", "我要投诉，", "反映一下，", "市民来电反映：", "麻烦管一管，"];
    private static readonly string[] Closers = ["", "，希望尽快处理", "，已经好几天了", "，请相关部门管一管", "，谢谢", "，反映多次没人管"];

    public List<Row> Rows { get; } = [];

    public WorkOrderBatch(int total, int duplicates, DateTimeOffset now, int seed = 12345)
    {
        var random = new Random(seed);
        var places = Streets.SelectMany(s => Enumerable.Range(1, 300).Select(n => (Street: s, Number: n)))
            .OrderBy(_ => random.Next()).ToList();
        var originals = new List<Row>();
        var dupAt = Enumerable.Range(0, duplicates).Select(i => total - duplicates * 18 + i * 17).ToHashSet();   // spread over the later rows
        for (var i = 0; i < total; i++)
        {
            var id = $"12345-{now.AddDays(-6 + i * 6.0 / total):yyyyMMdd}-{i + 1:D5}";
            var reportedAt = now.AddDays(-6).AddMinutes(i * 6.0 * 24 * 60 / total).AddSeconds(random.Next(0, 50));
            if (dupAt.Contains(i))
            {
                var of = originals[random.Next(originals.Count)];
                Rows.Add(MeToo(of, id, reportedAt, random));
                continue;
            }
            var (street, number) = places[originals.Count];
            var address = random.Next(3) == 0 ? $"南苑街道{street}{number}号{random.Next(1, 12)}栋" : $"南苑街道{street}{number}号";
            var text = Openers[random.Next(Openers.Length)] + string.Format(CultureInfo.InvariantCulture, Complaints[originals.Count % Complaints.Length], street)
                + Closers[random.Next(Closers.Length)];
            if (random.Next(25) == 0) text += "\n补充：附近居民都有意见";   // multi-line text, quoted in CSV
            // A third carry a point, on a grid about 200 m apart so distinct matters are never "near".
            double? lat = null, lon = null;
            if (originals.Count % 3 == 0)
            {
                var cell = originals.Count / 3;
                lat = 31.95 + cell / 40 * 0.002;
                lon = 118.70 + cell % 40 * 0.002;
            }
            var row = new Row(id, text, address, lat, lon, reportedAt, null);
            originals.Add(row);
            Rows.Add(row);
        }
    }

    /// <summary>The same matter and place, told again: the address written differently, or a nearby point.</summary>
    private static Row MeToo(Row of, string id, DateTimeOffset reportedAt, Random random)
    {
        var text = "又来反映：" + of.Text.Split('\n')[0];
        if (of.Latitude is { } lat && random.Next(2) == 0)
            return new Row(id, text, of.Address.Replace("南苑街道", "") + "附近", lat + 0.0002, of.Longitude + 0.0001, reportedAt, of.ExternalId);
        var spaced = of.Address.Replace("号", " 号 ").Replace("南苑街道", "南苑街道，") + "。";
        var fullWidth = new string(spaced.Select(c => c is >= '0' and <= '9' ? (char)(c - '0' + '０') : c).ToArray());
        return new Row(id, text, random.Next(2) == 0 ? spaced : fullWidth, null, null, reportedAt, of.ExternalId);
    }

    public static string Csv(IEnumerable<string[]> records)
    {
        var csv = new StringBuilder("externalId,text,address,latitude,longitude,reportedAt,jurisdiction\r\n");
        foreach (var r in records) csv.AppendJoin(',', r.Select(Quote)).Append("\r\n");
        return csv.ToString();
    }

    public static string[] Fields(Row r) =>
    [
        r.ExternalId, r.Text, r.Address, r.Latitude?.ToString(CultureInfo.InvariantCulture) ?? "",
        r.Longitude?.ToString(CultureInfo.InvariantCulture) ?? "", r.ReportedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture), "",
    ];

    private static string Quote(string v) => v.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{v.Replace("\"", "\"\"")}\"" : v;
}
