using Enforcement.Shared.Forms;

namespace Enforcement.Modules.WaterAffairs.Forms;

/// <summary>The water-affairs on-site record forms: discharges, and harm to the drainage network.</summary>
internal static class WaterAffairsForms
{
    public const string Drainage = "SW-F-DRAINAGE";
    public const string Facility = "SW-F-FACILITY";

    // Option texts the result rules read.
    public const string NoAction = "无需处置";
    public const string RainNetwork = "雨水管网（雨水口、雨水井）";
    public const string SeparatedArea = "是";
    public const string NoPermit = "未取得";

    public const string Dumping = "倾倒垃圾、渣土、施工泥浆等废弃物";
    public const string BuildingOver = "建设占压设施的建筑物、构筑物或者其他设施";
    public const string Alteration = "擅自拆除、改动设施";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);
    private static FormField Photos() => new("photos", "现场照片", FieldType.Photo);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);
    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoAction]);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Drainage, "排水现场检查记录",
        [
            Site(),
            FormField.Choice("party", "排水人", "单位", "个体工商户", "个人"),
            FormField.Choice("sewage", "污水类别", "餐饮废水", "洗车废水", "生活污水", "施工废水", "医疗废水", "其他"),
            FormField.Choice("outlet", "排放去向", "城镇污水管网", RainNetwork, "路面、绿地", "河道、沟渠", "其他"),
            FormField.Choice("separated", "是否雨污分流地区", SeparatedArea, "否", "不清楚"),
            FormField.Choice("permit", "污水排入排水管网许可证", "已取得", NoPermit, "不适用（非排水户）") with { Required = false },
            Measure("责令改正并给予警告", "责令停止违法行为、限期补办许可", "立案调查（逾期不改正或造成严重后果）"),
            Photos(),
            Notes(),
        ]),
        new(Facility, "城镇排水与污水处理设施保护检查记录",
        [
            Site(),
            FormField.Choice("party", "行为人", "单位", "个体工商户", "个人"),
            FormField.Choice("activity", "违法行为", Dumping, BuildingOver, Alteration, "其他危及设施安全的活动"),
            FormField.Choice("facility", "涉及设施", "雨水口、雨水井", "污水检查井（窨井）", "排水管道", "泵站", "其他"),
            FormField.Choice("blocked", "设施是否堵塞或损坏", "已堵塞或损坏", "未堵塞或损坏", "待疏通检测"),
            FormField.Number("quantity", "倾倒废弃物数量（估计）", "立方米", 0, 10000, required: false),
            FormField.Number("length", "被占压或改动的管段长度", "米", 0, 10000, required: false),
            Measure("责令停止违法行为、限期恢复原状并给予警告", "责令改正、恢复原状", "立案调查"),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
    ];
}
