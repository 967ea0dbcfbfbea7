using Enforcement.Shared.Forms;

namespace Enforcement.Modules.FireRescue.Forms;

/// <summary>The fire-rescue module's on-site record forms; similar items share one form.</summary>
internal static class FireRescueForms
{
    public const string Passage = "XF-F-PASSAGE";
    public const string Facility = "XF-F-FACILITY";
    public const string Premises = "XF-F-PREMISES";
    public const string Electrical = "XF-F-ELECTRICAL";

    // Option texts the result rules read.
    public const string NoAction = "无需处置";
    public const string ForcedExecution = "强制执行（经责令改正拒不改正）";
    public const string Refused = "经责令改正拒不改正";
    public const string Organisation = "单位";
    public const string Individual = "个人";
    public const string FirstInspection = "首次检查（尚未责令限期改正）";
    public const string OverdueCorrected = "限期届满，已改正";
    public const string OverdueNotCorrected = "限期届满，逾期未改正";
    public const string StopUse = "责令停止使用";
    public const string SameBuilding = "与居住场所设置在同一建筑物内";
    public const string TooClose = "与居住场所未保持安全距离";
    public const string Separate = "与居住场所分别设置、距离符合要求";

    private static FormField Site() => new("site", "检查地点", FieldType.Location);
    private static FormField Party() => FormField.Choice("party", "当事人", Organisation, Individual);
    private static FormField Photos(bool required = true) => new("photos", "现场照片", FieldType.Photo, required);
    private static FormField Video(bool required = false) => new("video", "现场视频", FieldType.Video, required);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);
    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoAction]);

    private static FormField Compliance() => FormField.Choice("compliance", "责令改正后的情况", "当场已改正", "尚在改正期限内", Refused, "不适用");

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Passage, "消防车通道、疏散通道和安全出口检查记录",
        [
            Site(),
            FormField.Choice("passage", "被占用的通道", "消防车通道", "疏散通道（楼道、楼梯间、走道）", "安全出口"),
            new FormField("obstruction", "占用、堵塞、封闭方式", FieldType.MultiChoice)
            {
                Options = ["停放机动车", "停放电动自行车或者其他非机动车", "在楼道内为电动自行车充电", "堆放杂物", "设置地桩、地锁、隔离桩、栏杆等", "上锁、封闭", "摆摊设点", "其他"],
            },
            Party(),
            new FormField("plate", "车辆号牌", FieldType.Text, Required: false) with { Help = "停放机动车占用消防车通道时填写" },
            FormField.Number("clearWidth", "剩余通行净宽", "m", 0, 30, required: false),
            Compliance(),
            Measure("当场责令改正", "给予警告", "立案调查", ForcedExecution),
            Photos(),
            Video(),
            Notes(),
        ]),
        new(Facility, "消防设施、器材和消火栓检查记录",
        [
            Site(),
            new FormField("facilities", "涉及的消防设施、器材", FieldType.MultiChoice)
            {
                Options = ["室外消火栓", "室内消火栓", "灭火器", "自动喷水灭火系统", "火灾自动报警系统（烟感等）", "防火门", "应急照明和疏散指示标志", "消防水泵、水箱", "防火间距", "其他"],
            },
            FormField.Choice("conduct", "违法行为", "埋压", "圈占", "遮挡", "占用防火间距", "损坏", "挪用", "擅自拆除", "擅自停用"),
            Party(),
            FormField.Number("count", "涉及数量", "处（具）", 0, 1000, required: false),
            Compliance(),
            Measure("当场责令改正", "给予警告", "立案调查", ForcedExecution),
            Photos(),
            Notes(),
        ]),
        new(Premises, "场所消防安全检查记录",
        [
            Site(),
            FormField.Choice("premisesType", "场所类型", "人员密集场所", "生产加工场所", "仓储场所", "经营场所", "其他"),
            FormField.Choice("goods", "生产、储存、经营的物品", "易燃易爆危险品", "其他物品", "不适用"),
            FormField.Choice("residence", "与居住场所的关系", SameBuilding, TooClose, Separate, "不涉及居住场所"),
            new FormField("obstacles", "门窗上的障碍物", FieldType.MultiChoice, Required: false)
            {
                Options = ["防盗网、铁栅栏", "焊死、封死门窗", "广告牌、招牌遮挡窗口", "其他"],
            },
            FormField.Number("occupants", "在场或居住人员", "人", 0, 10000, required: false),
            Compliance(),
            Measure("责令改正", "责令停产停业", "立案调查", ForcedExecution),
            Photos(),
            Video(),
            Notes(),
        ]),
        new(Electrical, "电器产品、燃气用具安装使用检查记录",
        [
            Site(),
            new FormField("problems", "发现的问题", FieldType.MultiChoice)
            {
                Options = ["私拉乱接电线", "电动自行车飞线充电", "电器产品安装、使用不符合规定", "燃气用具或者管路安装、使用不符合规定", "其他"],
            },
            Party(),
            FormField.Choice("stage", "整改阶段", FirstInspection, OverdueCorrected, OverdueNotCorrected),
            new FormField("deadline", "责令改正期限", FieldType.DateTime, Required: false),
            Measure("责令限期改正", StopUse, "立案调查"),
            Photos(),
            Notes(),
        ]),
    ];
}
