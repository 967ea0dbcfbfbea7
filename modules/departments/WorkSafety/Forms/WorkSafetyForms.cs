using Enforcement.Shared.Forms;

namespace Enforcement.Modules.WorkSafety.Forms;

/// <summary>
/// The work-safety module's inspection records. Every form has a "finding" choice whose no-violation
/// option is <see cref="NoViolation"/> and a "measure" choice with <see cref="NoMeasure"/>. Figures are
/// optional on the form; the module's rules require those a finding depends on.
/// </summary>
internal static class WorkSafetyForms
{
    public const string Gas = "AJ-F-GAS";
    public const string Premises = "AJ-F-PREMISES";
    public const string Management = "AJ-F-MANAGEMENT";

    public const string NoViolation = "现场未发现违法行为";
    public const string NoMeasure = "无需处置";

    // Options read by the rules.
    public const string Catering = "餐饮";
    public const string AlarmMissing = "未安装";
    public const string AlarmNotWorking = "已安装未正常使用";
    public const string HazardousGoods = "生产、经营、储存或者使用危险物品";
    public const string NoHazardousGoods = "不涉及危险物品";
    public const string SameBuilding = "与员工宿舍在同一座建筑内";
    public const string TooClose = "与员工宿舍距离不符合安全要求";

    private static FormField Site() => new("site", "检查地点", FieldType.Location);
    private static FormField Business() => new("business", "生产经营单位名称", FieldType.Text);
    private static FormField Finding(string violation) => FormField.Choice("finding", "检查结论", violation, NoViolation);
    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoMeasure]);
    private static FormField Photos(bool required = true) => new("photos", "现场照片", FieldType.Photo, required);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Gas, "燃气使用场所安全检查记录",
        [
            Site(),
            Business(),
            FormField.Choice("trade", "行业", Catering, "其他行业"),
            FormField.Choice("gas", "燃气种类", "管道天然气", "瓶装液化石油气", "其他"),
            FormField.Number("cylinders", "现场气瓶数量", "个", 0, 1000, required: false),
            FormField.Choice("alarm", "可燃气体报警装置", "已安装并正常使用", AlarmNotWorking, AlarmMissing),
            Finding("使用燃气未安装可燃气体报警装置或者未保障其正常使用"),
            Measure("责令限期改正", "立案调查"),
            Photos(),
            Notes(),
        ]),
        new(Premises, "生产经营场所安全检查记录",
        [
            Site(),
            Business(),
            FormField.Choice("premises", "场所类型", "车间", "商店", "仓库", "员工宿舍", "其他生产经营场所"),
            FormField.Choice("goods", "危险物品", HazardousGoods, NoHazardousGoods),
            FormField.Choice("dormitory", "与员工宿舍的关系", SameBuilding, TooClose, "与员工宿舍分开且距离符合安全要求", "无员工宿舍")
                with { Required = false },
            new FormField("exits", "出口、疏散通道情况", FieldType.MultiChoice, Required: false)
            {
                Options = ["畅通", "被占用", "被锁闭", "被封堵", "不符合紧急疏散需要", "标志不明显"],
            },
            FormField.Choice("signs", "安全警示标志", "已设置且明显", "设置不明显", "未设置", "不适用") with { Required = false },
            Finding("存在场所安全违法行为"),
            Measure("责令限期改正", "立案调查"),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(Management, "安全生产管理检查记录",
        [
            Site(),
            Business(),
            FormField.Number("employees", "从业人员人数", "人", 0, 100000, required: false),
            FormField.Number("untrained", "未经安全生产教育和培训的人数", "人", 0, 100000, required: false),
            FormField.Choice("hazardRecords", "事故隐患排查治理记录", "如实记录并已通报", "未如实记录", "未向从业人员通报", "无记录") with { Required = false },
            FormField.Number("hazards", "现场发现事故隐患", "项", 0, 1000, required: false),
            FormField.Choice("ppe", "劳动防护用品", "已按标准配发", "未配发", "配发不符合国家标准或者行业标准") with { Required = false },
            Finding("存在安全生产管理违法行为"),
            Measure("责令限期改正", "责令立即消除或者限期消除事故隐患", "立案调查"),
            new FormField("correctBy", "限期改正期限", FieldType.DateTime, Required: false),
            new FormField("documents", "书证照片（培训档案、隐患排查记录等）", FieldType.Photo, Required: false),
            Photos(required: false),
            Notes(),
        ]),
    ];
}
