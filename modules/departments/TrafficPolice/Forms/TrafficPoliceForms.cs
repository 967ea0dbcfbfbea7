using Enforcement.Shared.Forms;

namespace Enforcement.Modules.TrafficPolice.Forms;

/// <summary>
/// The traffic police's on-site records. Every form has a "finding" choice whose no-violation option is
/// <see cref="NoViolation"/> and a "measure" choice with <see cref="NoMeasure"/>; a fine is proposed by a
/// measure containing 罚款 together with the amount in "fineAmount" (see the module's rules).
/// </summary>
internal static class TrafficPoliceForms
{
    public const string Parking = "JJ-F-PARKING";
    public const string Vehicle = "JJ-F-VEHICLE";
    public const string NonMotor = "JJ-F-NONMOTOR";
    public const string Road = "JJ-F-ROAD";

    public const string NoViolation = "现场未发现违法行为";
    public const string NoMeasure = "无需处置";

    // 道路交通安全法 第九十三条: the fine needs the driver absent or refusing to move, and the car in the way.
    public const string DriverAbsent = "驾驶人不在现场";
    public const string DriverRefused = "驾驶人在现场但拒绝立即驶离";
    public const string DriverLeft = "驾驶人在现场并立即驶离";
    public const string Obstructing = "妨碍其他车辆、行人通行";
    public const string NotObstructing = "未妨碍其他车辆、行人通行";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);

    private static FormField Finding(string violation) => FormField.Choice("finding", "检查结论", violation, NoViolation);

    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoMeasure]);

    private static FormField FineAmount(decimal max) => FormField.Number("fineAmount", "拟处罚款金额", "元", 0, max, required: false);

    private static FormField Plate() =>
        new("plate", "机动车号牌", FieldType.Text, Required: false) { Help = "如 苏A12345；无号牌的填“无”" };

    private static FormField Photos() => new("photos", "现场照片", FieldType.Photo);

    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Parking, "机动车违法停放现场检查记录",
        [
            Site(),
            Finding("现场存在机动车违法停放、临时停车行为"),
            Plate(),
            FormField.Choice("vehicleType", "车辆类型", "小型汽车", "大型汽车", "摩托车", "其他机动车") with { Required = false },
            FormField.Choice("driver", "驾驶人情况", DriverAbsent, DriverRefused, DriverLeft) with { Required = false },
            FormField.Choice("obstruction", "通行影响", Obstructing, NotObstructing) with { Required = false },
            FormField.Number("duration", "停放时长（巡查所见）", "分钟", 0, 100000, required: false),
            Measure("指出违法行为并口头警告，令其立即驶离", "处以罚款", "处以罚款并拖移机动车"),
            FineAmount(200),
            Photos(),
            Notes(),
        ]),
        new(Vehicle, "机动车通行及牌证违法现场检查记录",
        [
            Site(),
            Finding("现场查实机动车违法行为"),
            Plate(),
            FormField.Choice("vehicleType", "车辆类型", "小型汽车", "大型汽车", "摩托车", "其他机动车") with { Required = false },
            new FormField("time", "违法时间", FieldType.DateTime, Required: false),
            Measure("当场纠正并口头警告", "警告", "处以罚款", "扣留机动车", "收缴物品并处以罚款", "立案调查"),
            FineAmount(5000),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(NonMotor, "非机动车及行人交通违法现场检查记录",
        [
            Site(),
            Finding("现场查实非机动车驾驶人或行人违法行为"),
            FormField.Choice("party", "当事人", "非机动车驾驶人", "行人", "乘车人") with { Required = false },
            FormField.Choice("vehicleKind", "车辆种类", "电动自行车", "自行车", "共享单车", "三轮车", "其他", "无（行人）") with { Required = false },
            FormField.Number("riderAge", "当事人年龄", "周岁", 0, 120, required: false),
            FormField.Number("count", "违法停放车辆数", "辆", 0, 10000, required: false),
            Measure("当场纠正并口头警告", "警告", "处以罚款", "拒绝接受罚款，扣留非机动车"),
            FineAmount(50),
            Photos(),
            Notes(),
        ]),
        new(Road, "占用道路及交通设施现场检查记录",
        [
            Site(),
            Finding("现场存在占用道路或妨碍交通设施行为"),
            FormField.Choice("kind", "情形", "设置路障、地锁等障碍物", "在道路上从事其他非交通活动", "未经批准占道施工",
                "损毁、移动、涂改交通设施", "遮挡路灯、交通信号灯、交通标志") with { Required = false },
            FormField.Number("area", "占用面积", "平方米", 0, 100000, required: false),
            FormField.Choice("order", "责令排除妨碍情况", "已责令，行为人已排除", "已责令，行为人拒不执行", "尚未责令") with { Required = false },
            Measure("责令停止违法行为，迅速恢复交通", "责令排除妨碍", "处以罚款并强制排除妨碍", "处以罚款", "立案调查"),
            FineAmount(2000),
            Photos(),
            Notes(),
        ]),
    ];
}
