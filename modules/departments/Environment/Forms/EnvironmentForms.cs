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
    public const string HeavyPollution = "HB-F-HEAVY-POLLUTION";
    public const string Fuel = "HB-F-FUEL";
    public const string Emission = "HB-F-EMISSION";
    public const string Machinery = "HB-F-MACHINERY";
    public const string SolidWasteStorage = "HB-F-SOLID-WASTE";

    // Shared option texts, also read by the result rules.
    public const string NoAction = "无需处置";
    public const string PurifierMissing = "未安装";
    public const string HazardousWaste = "危险废物";
    public const string IndustrialWaste = "一般工业固体废物";

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
            FormField.Choice("source", "噪声来源", "建筑施工", "工业生产", "文化娱乐场所", "经营设备设施", "居民住宅区共用设施设备", "其他社会生活"),
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
        new(HeavyPollution, "重污染天气应急措施落实检查记录",
        [
            Site(),
            FormField.Choice("alertLevel", "预警等级", "黄色预警", "橙色预警", "红色预警"),
            new FormField("alertFrom", "应急措施起始时间", FieldType.DateTime) { Help = "人民政府发布的应急预案启动时间" },
            new FormField("observedAt", "发现作业时间", FieldType.DateTime),
            new FormField("works", "违反应急措施的作业", FieldType.MultiChoice) { Options = ["土石方作业", "建筑物拆除施工", "其他应急措施禁止的作业"] },
            Measure("责令立即停止作业", "立案调查"),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(Fuel, "禁燃区高污染燃料使用检查记录",
        [
            Site(),
            FormField.Choice("inBanZone", "是否位于高污染燃料禁燃区", "是", "否", "待核实"),
            new FormField("fuels", "燃用的燃料", FieldType.MultiChoice)
            {
                Options = ["原煤、散煤", "煤球、蜂窝煤等型煤", "重油、渣油", "石油焦", "非专用锅炉燃用的生物质（木柴等）", "其他"],
            },
            FormField.Choice("facility", "燃烧设施", "炉灶", "锅炉", "其他燃烧设施"),
            FormField.Choice("works", "设施情况", "新建", "扩建", "原有设施未按期停止燃用"),
            Measure("责令改正", "立案调查"),
            Photos(),
            Notes(),
        ]),
        new(Emission, "大气污染物排放监测检查记录",
        [
            Site(),
            FormField.Choice("outlet", "排放源", "锅炉", "工业炉窑", "生产工艺废气排放口", "其他"),
            FormField.Choice("pollutant", "监测污染物", "颗粒物（烟尘）", "二氧化硫", "氮氧化物", "挥发性有机物", "其他"),
            FormField.Number("measuredConcentration", "实测排放浓度", "mg/m³", 0, 100000, required: false),
            FormField.Number("limitConcentration", "适用排放限值", "mg/m³", 0, 100000, required: false) with { Help = "按适用的大气污染物排放标准填写" },
            new FormField("sampledAt", "采样时间", FieldType.DateTime, Required: false),
            Measure("责令改正", "责令限制生产、停产整治", "立案调查"),
            Photos(),
            Notes(),
        ]),
        new(Machinery, "非道路移动机械使用检查记录",
        [
            Site(),
            FormField.Choice("inBanZone", "是否位于高排放非道路移动机械禁用区", "是", "否", "待核实"),
            FormField.Choice("machine", "机械类型", "挖掘机", "装载机", "推土机", "压路机", "叉车", "其他"),
            new FormField("registration", "环保登记编码或铭牌编号", FieldType.Text, Required: false),
            FormField.Choice("stage", "排放阶段", "国一及以下", "国二", "国三", "国四", "不清楚"),
            FormField.Choice("smoke", "现场冒烟情况", "明显可见黑烟", "轻微", "无"),
            Measure("责令停止使用", "立案调查"),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(SolidWasteStorage, "工业固体废物、危险废物贮存检查记录",
        [
            Site(),
            FormField.Choice("wasteClass", "废物类别", HazardousWaste, IndustrialWaste),
            new FormField("wasteKinds", "废物名称", FieldType.MultiChoice)
            {
                Options = ["废矿物油（废机油）", "废铅蓄电池", "废油漆桶及涂料废物", "废活性炭", "其他危险废物", "炉渣、废渣", "边角料、下脚料", "其他一般工业固体废物"],
            },
            FormField.Choice("storage", "贮存状况", "专用贮存场所并有防护措施", "露天或无防渗、防雨等防护措施", "混入生活垃圾或其他非危险废物", "其他"),
            FormField.Number("quantity", "贮存数量（估计）", "t", 0, 100000, required: false),
            Measure("责令改正", "立案调查"),
            Photos(),
            Notes(),
        ]),
    ];
}
