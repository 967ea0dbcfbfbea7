using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Environment.Forms;

/// <summary>The environment module's on-site record forms; similar items share one form.</summary>
internal static class EnvironmentForms
{
    public const string CateringFume = "HB-F-CATERING-FUME";
    public const string CateringSite = "HB-F-CATERING-SITE";
    public const string Exhaust = "HB-F-EXHAUST";
    public const string DustMaterial = "HB-F-DUST-MATERIAL";
    public const string ConstructionDust = "HB-F-CONSTRUCTION-DUST";
    public const string NoiseMeasured = "HB-F-NOISE-MEASURED";
    public const string NoiseActivity = "HB-F-NOISE-ACTIVITY";
    public const string Drainage = "HB-F-DRAINAGE";

    // Shared option texts, also read by the result rules.
    public const string NoAction = "无需处置";
    public const string PurifierMissing = "未安装";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);
    private static FormField Photos(bool required = true) => new("photos", "现场照片", FieldType.Photo, required);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);
    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoAction]);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(CateringFume, "餐饮油烟现场检查记录",
        [
            Site(),
            FormField.Choice("purifier", "油烟净化设施", "已安装并正常使用", "已安装未正常使用", PurifierMissing),
            FormField.Number("concentration", "油烟排放浓度（监测值）", "mg/m³", 0, 100, required: false),
            Measure("当场责令改正", "立案调查"),
            Photos(),
            Notes(),
        ]),
        new(CateringSite, "居民楼内餐饮服务项目现场检查记录",
        [
            Site(),
            FormField.Choice("building", "所在建筑", "居民住宅楼", "未配套设立专用烟道的商住综合楼", "商住综合楼内与居住层相邻的商业楼层", "其他建筑"),
            FormField.Choice("works", "项目情况", "新建", "改建", "扩建", "原有项目未改扩建"),
            new FormField("emissions", "产生的污染物", FieldType.MultiChoice) { Options = ["油烟", "异味", "废气"] },
            Measure("责令改正", "立案调查（拒不改正）"),
            Photos(),
            Notes(),
        ]),
        new(Exhaust, "废气、异味、恶臭现场检查记录",
        [
            Site(),
            FormField.Choice("business", "经营活动", "服装干洗", "机动车维修", "喷漆、喷涂作业", "其他生产经营活动"),
            FormField.Choice("facility", "污染防治设施", "已设置并正常使用", "已设置未正常使用", "未设置"),
            FormField.Choice("enclosure", "作业场所", "密闭空间或设备内", "非密闭（露天或敞开）"),
            FormField.Choice("odour", "现场异味", "明显", "轻微", "无"),
            Measure("当场责令改正", "立案调查"),
            Photos(),
            Notes(),
        ]),
        new(DustMaterial, "易产生扬尘物料堆放、装卸现场检查记录",
        [
            Site(),
            new FormField("materials", "物料种类", FieldType.MultiChoice)
            {
                Options = ["煤炭", "煤矸石", "煤渣", "煤灰", "水泥", "石灰", "石膏", "砂土", "其他"],
            },
            FormField.Choice("storage", "贮存方式", "密闭贮存", "围挡并覆盖", "仅围挡", "仅覆盖", "无围挡无覆盖", "装卸作业中"),
            FormField.Number("pileHeight", "堆放物高度", "m", 0, 50, required: false),
            FormField.Number("fenceHeight", "围挡高度", "m", 0, 50, required: false),
            FormField.Choice("loading", "装卸抑尘", "密闭装卸", "喷淋", "未采取措施", "未在装卸"),
            Measure("当场责令改正", "立案调查"),
            Photos(),
            Notes(),
        ]),
        new(ConstructionDust, "施工工地扬尘现场检查记录",
        [
            Site(),
            FormField.Choice("hoarding", "硬质围挡", "已设置", "未设置", "设置不全"),
            new FormField("missing", "未落实的防尘降尘措施", FieldType.MultiChoice, Required: false)
            {
                Options = ["覆盖", "分段作业", "择时施工", "洒水抑尘", "冲洗地面", "冲洗车辆"],
            },
            Measure("当场责令改正", "立案调查"),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(NoiseMeasured, "噪声超标排放现场监测记录",
        [
            Site(),
            FormField.Choice("source", "噪声来源", "建筑施工", "工业生产", "文化娱乐场所", "经营设备设施", "其他社会生活"),
            FormField.Choice("period", "监测时段", "昼间", "夜间"),
            FormField.Number("measuredLevel", "实测噪声值", "dB(A)", 0, 140, required: false),
            FormField.Number("limit", "适用排放限值", "dB(A)", 0, 140, required: false) with { Help = "按适用的噪声排放标准和声环境功能区、时段填写" },
            new FormField("measuredAt", "监测时间", FieldType.DateTime, Required: false),
            new FormField("audio", "现场录音", FieldType.Audio),
            Measure("当场责令改正", "立案调查"),
            Photos(required: false),
            Notes(),
        ]),
        new(NoiseActivity, "噪声扰民行为现场检查记录",
        [
            Site(),
            FormField.Choice("source", "噪声来源", "夜间建筑施工", "商业广告宣传（高音喇叭等）", "商业经营其他噪声", "高音广播喇叭", "公共场所娱乐健身活动", "室内装修"),
            new FormField("observedAt", "发现时间", FieldType.DateTime),
            FormField.Choice("nightPermit", "夜间连续施工证明", "已取得并公示", "已取得未公示", "未取得", "不适用") with { Help = "仅夜间建筑施工填写" },
            new FormField("audio", "现场录音", FieldType.Audio),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Measure("说服教育、责令改正", "给予警告", "立案调查"),
            Notes(),
        ]),
        new(Drainage, "排水现场检查记录",
        [
            Site(),
            FormField.Choice("party", "排水人", "单位", "个体工商户", "个人"),
            FormField.Choice("sewage", "污水类别", "餐饮废水", "洗车废水", "生活污水", "施工废水", "其他"),
            FormField.Choice("outlet", "排放去向", "雨水管网（雨水口、雨水井）", "路面、绿地", "河道、沟渠", "其他"),
            FormField.Choice("separated", "是否雨污分流地区", "是", "否", "不清楚"),
            Measure("责令改正并给予警告", "立案调查（逾期不改正或造成严重后果）"),
            Photos(),
            Notes(),
        ]),
    ];
}
