using Enforcement.Shared.Forms;

namespace Enforcement.Modules.Housing.Forms;

/// <summary>
/// The housing module's on-site records. Every form has a "finding" choice whose no-violation option
/// is <see cref="NoViolation"/> and a "measure" choice with <see cref="NoMeasure"/>; the module's rules
/// keep the two consistent and require the figures a penalty depends on.
/// </summary>
internal static class HousingForms
{
    public const string CommonParts = "ZJ-F-COMMON-PARTS";
    public const string Premises = "ZJ-F-PREMISES";
    public const string MaintenanceFund = "ZJ-F-MAINTENANCE-FUND";
    public const string BareLand = "ZJ-F-BARE-LAND";

    public const string NoViolation = "现场未发现违法行为";
    public const string NoMeasure = "无需处置";

    // Options read by the rules.
    public const string NotCovered = "未覆盖";
    public const string PartlyCovered = "部分覆盖";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);
    private static FormField Finding(string violation) => FormField.Choice("finding", "检查结论", violation, NoViolation);
    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoMeasure]);
    private static FormField Photos(bool required = true) => new("photos", "现场照片", FieldType.Photo, required);
    private static FormField Documents(bool required = true) =>
        new("documents", "书证照片（合同、决议、账目、批准文件等）", FieldType.Photo, required);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(CommonParts, "物业管理区域公共建筑、共用设施及道路场地使用检查记录",
        [
            Site(),
            Finding("存在擅自改变用途、占用挖掘或者利用共用部位经营的行为"),
            FormField.Choice("actor", "行为人", "业主（个人）", "物业服务企业", "建设单位", "其他单位", "其他个人"),
            FormField.Choice("part", "涉及部位", "公共建筑", "共用设施", "小区道路", "小区场地", "共用部位", "共用设施设备"),
            FormField.Choice("consent", "业主同意及手续", "已征得相关业主、业主大会、物业服务企业同意并办理手续", "未征得同意", "无法确认"),
            FormField.Number("area", "涉及面积", "平方米", 0, 100000, required: false),
            FormField.Number("income", "经营所得收益", "元", 0, required: false) with { Help = "所得收益用于共用部位、共用设施设备的维修、养护（第六十三条）" },
            Measure("责令限期改正并给予警告", "立案调查"),
            Photos(),
            Documents(required: false),
            Notes(),
        ]),
        new(Premises, "物业管理用房及业主共有部分检查记录",
        [
            Site(),
            Finding("存在物业管理用房或业主共有部分违法行为"),
            FormField.Choice("actor", "行为人", "建设单位", "物业服务企业", "其他"),
            FormField.Choice("part", "涉及部位", "物业管理用房", "会所", "架空层", "楼顶平台", "其他共用部位、共用设施设备"),
            FormField.Number("requiredArea", "应当配置的物业管理用房面积", "平方米", 0, 100000, required: false)
                with { Help = "按所在地规定或规划批准文件填写" },
            FormField.Number("providedArea", "实际配置的物业管理用房面积", "平方米", 0, 100000, required: false),
            new FormField("currentUse", "现用途", FieldType.Text, Required: false),
            FormField.Choice("ownersConsent", "业主大会同意情况", "经业主大会同意", "未经业主大会同意", "不适用"),
            Measure("责令限期改正", "立案调查"),
            Photos(required: false),
            Documents(),
            Notes(),
        ]),
        new(MaintenanceFund, "专项维修资金使用检查记录",
        [
            Site(),
            Finding("存在挪用专项维修资金的行为"),
            FormField.Choice("actor", "行为人", "业主委员会", "物业服务企业", "建设单位", "其他单位或个人"),
            FormField.Number("misusedAmount", "挪用数额", "元", 0, required: false)
                with { Help = "罚款以挪用数额 2 倍为上限（第六十条）：认定挪用须填写" },
            FormField.Number("recoveredAmount", "已追回数额", "元", 0, required: false),
            Measure("追回挪用资金并给予警告", "立案调查"),
            Documents(),
            Notes(),
        ]),
        new(BareLand, "建设用地裸露地面扬尘检查记录",
        [
            Site(),
            Finding("建设用地裸露地面未按规定覆盖、绿化、铺装或者遮盖"),
            FormField.Number("idleMonths", "未开工时长", "月", 0, 600, required: false)
                with { Help = "超过三个月不能开工的，应当绿化、铺装或者遮盖（第六十九条第五款）" },
            FormField.Number("bareArea", "裸露面积", "平方米", 0, 1000000, required: false),
            FormField.Choice("cover", "裸露地面处理情况", "已覆盖或遮盖", "已绿化或铺装", PartlyCovered, NotCovered),
            Measure("责令改正", "立案调查"),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video),
            Notes(),
        ]),
    ];
}
