using Enforcement.Shared.Forms;

namespace Enforcement.Modules.PublicSecurity.Forms;

/// <summary>
/// The joint on-site records for the public-security items. The brigade records the facts; a warning or a
/// fine under 治安管理处罚法 is decided by the public security organ (第九十一条: 警告、五百元以下的罚款 by the
/// 派出所), which is why the fine measures name it.
/// </summary>
internal static class PublicSecurityForms
{
    public const string Nuisance = "ZA-F-NUISANCE";
    public const string Facility = "ZA-F-FACILITY";
    public const string Rental = "ZA-F-RENTAL";

    public const string NoViolation = "现场未发现违法行为";
    public const string NoMeasure = "无需处置";

    public const string NotWarned = "此前未受警告";
    public const string WarnedStillOffending = "已警告，仍不改正";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);

    private static FormField Finding(string violation) => FormField.Choice("finding", "检查结论", violation, NoViolation);

    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoMeasure]);

    private static FormField FineAmount() => FormField.Number("fineAmount", "拟处罚款金额", "元", 0, 500, required: false);

    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Nuisance, "噪声及饲养动物干扰他人生活联合检查记录",
        [
            Site(),
            Finding("现场查实干扰他人正常生活或放任动物恐吓他人行为"),
            FormField.Choice("source", "来源", "人员喧哗、聚会", "打麻将等娱乐活动", "家用电器、乐器、音响", "饲养动物", "其他") with { Required = false },
            new FormField("time", "发生时间", FieldType.DateTime, Required: false),
            FormField.Choice("priorWarning", "此前警告情况", NotWarned, WarnedStillOffending) with { Required = false },
            Measure("劝阻、调解", "警告（由公安派出所决定）", "罚款（由公安派出所决定）"),
            FineAmount(),
            new FormField("audio", "现场录音", FieldType.Audio, Required: false),
            new FormField("photos", "现场照片或视频截图", FieldType.Photo, Required: false),
            Notes(),
        ]),
        new(Facility, "道路施工防护及公共设施联合检查记录",
        [
            Site(),
            Finding("现场存在沟井坎穴未设防护或公共设施被盗、被损毁情形"),
            FormField.Choice("kind", "情形", "沟井坎穴未设覆盖物、防围和警示标志", "覆盖物、防围和警示标志被损毁、移动",
                "井盖被盗或被损毁", "照明等公共设施被盗或被损毁") with { Required = false },
            FormField.Number("count", "涉及处数", "处", 0, 1000, required: false),
            Measure("设置临时防护并通知责任单位", "移交公安机关调查处理", "罚款（由公安派出所决定）"),
            FineAmount(),
            new FormField("photos", "现场照片", FieldType.Photo),
            Notes(),
        ]),
        new(Rental, "出租房屋承租人登记联合检查记录",
        [
            Site(),
            Finding("出租人未按规定登记承租人或将房屋出租给无身份证件的人居住"),
            FormField.Number("tenants", "实际居住人数", "人", 0, 500, required: false),
            FormField.Number("unregistered", "未登记身份信息的承租人数", "人", 0, 500, required: false),
            Measure("责令出租人补办登记", "罚款（由公安派出所决定）"),
            FineAmount(),
            new FormField("photos", "现场照片及登记材料", FieldType.Photo),
            Notes(),
        ]),
    ];
}
