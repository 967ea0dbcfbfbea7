namespace Enforcement.Routing.Index;

/// <summary>
/// How residents say it: common typos and dialect words (拉圾, 燥音, 么得, 电驴子) put right, and
/// everyday descriptions (吵得睡不着, 臭鸡蛋味, 满天灰) given the plain word the items use (噪音,
/// 臭味, 扬尘). The result feeds the full-text query only; the modules always see the text as written.
/// </summary>
internal static class Colloquial
{
    private static readonly (string Written, string Meant)[] Corrections =
    [
        ("拉圾", "垃圾"), ("垃级", "垃圾"), ("燥音", "噪音"), ("躁音", "噪音"), ("违张", "违章"), ("消访", "消防"),
        ("么得", "没有"), ("没得", "没有"), ("电驴子", "电动车"), ("小电驴", "电动车"), ("电驴", "电动车"),
        ("礼拜天", "周末"), ("礼拜六", "周末"), ("老头乐", "老年代步车"), ("马路牙子", "人行道"),
        ("没执照", "没有营业执照"), ("没有执照", "没有营业执照"), ("无执照", "无营业执照"),
    ];

    // Each description adds the plain words after it; several descriptions may fire. "狗+叫" means
    // both parts appear somewhere in the text.
    private static readonly (string[] Said, string Plain)[] Concepts =
    [
        (["吵", "轰隆隆", "嗡嗡", "哐哐", "咚咚", "睡不着"], "噪音 噪声"),
        (["臭", "味道", "异味", "熏得", "刺鼻", "呛"], "臭味 异味"),
        (["满天灰", "一层土", "全是灰", "灰尘", "尘土"], "扬尘"),
        (["砖头", "碎砖", "水泥块", "渣土"], "建筑垃圾"),
        (["卖菜", "卖水果", "摆摊", "摊子", "出摊", "小推车", "推车卖", "占了半条路", "占着马路"], "摆摊 占道"),
        (["狗+叫", "狗+吠", "汪汪"], "狗叫 犬吠"),
        (["面罩", "手套", "口罩", "护目镜", "耳塞"], "劳动防护用品"),
        (["易燃", "易爆", "汽油", "酒精"], "易燃易爆 安全隐患"),
        (["挪车", "堵门", "被人堵", "停满"], "乱停车"),
        (["工资", "工钱", "血汗钱", "辛苦钱"], "工资"),
        (["馊", "吃完吐", "拉肚子", "食物中毒", "吃坏"], "变质 食品"),
        (["电线露", "漏电", "锈得", "摇摇欲坠"], "安全隐患"),
        (["加盖", "扩出去", "往外扩", "外扩", "私自盖", "乱盖"], "违建 违法建设"),
        (["喷了", "刷了", "写满", "画满"], "涂写"),
    ];

    public static string ForSearch(string text)
    {
        foreach (var (written, meant) in Corrections) text = text.Replace(written, meant, StringComparison.Ordinal);
        var plain = Concepts.Where(c => c.Said.Any(said => said.Split('+').All(text.Contains))).Select(c => c.Plain).ToList();
        return plain.Count == 0 ? text : text + "。" + string.Join(" ", plain);
    }
}
