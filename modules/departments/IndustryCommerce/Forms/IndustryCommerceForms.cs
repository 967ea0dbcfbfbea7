using Enforcement.Shared.Forms;

namespace Enforcement.Modules.IndustryCommerce.Forms;

/// <summary>
/// The on-site records of the industry-and-commerce items. Every form has a "finding" choice whose
/// no-violation option contains 未发现, and a "measure" choice with 无需处置 (see FindingMatchesMeasureRule).
/// Amounts the penalty depends on (广告费用, 货值金额) are optional on the form; the module's rules require
/// them when a case is filed.
/// </summary>
internal static class IndustryCommerceForms
{
    public const string Unlicensed = "GS-F-UNLICENSED";
    public const string Advertising = "GS-F-AD";
    public const string Product = "GS-F-PRODUCT";

    public const string NoViolation = "现场未发现违法行为";
    public const string NoMeasure = "无需处置";
    public const string FileCase = "立案调查";

    // GS-F-UNLICENSED
    public const string UnlicensedFinding = "现场存在无照经营或为无照经营提供条件的行为";
    public const string LicenceNone = "未取得营业执照";
    public const string LicenceRevoked = "营业执照已被吊销或注销";
    public const string LicenceHeld = "已取得营业执照";
    public const string PermitHeld = "已取得经营许可";
    public const string PermitMissing = "依法须取得许可但未取得";
    public const string PermitNotNeeded = "经营项目依法无须许可";
    public const string ReferToPermitDepartment = "移送许可部门查处";

    // GS-F-AD
    public const string AdFinding = "现场存在违法广告行为";
    public const string AdCostKnown = "已查明";
    public const string AdCostUnknown = "无法计算";
    public const string AdCostLow = "明显偏低";

    // GS-F-PRODUCT
    public const string ProductFinding = "现场存在违法销售或过度包装行为";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);
    private static FormField Finding(string violation) => FormField.Choice("finding", "检查结论", violation, NoViolation);
    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoMeasure]);
    private static FormField Photos() => new("photos", "现场照片", FieldType.Photo);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Unlicensed, "无照经营现场检查记录",
        [
            Site(),
            Finding(UnlicensedFinding),
            new FormField("operator", "经营者姓名或名称", FieldType.Text, Required: false),
            FormField.Choice("businessKind", "经营项目", "商品零售", "餐饮", "生活服务", "加工、维修", "其他") with { Required = false },
            FormField.Choice("licence", "营业执照情况", LicenceNone, LicenceRevoked, LicenceHeld),
            FormField.Choice("permit", "经营许可情况", PermitHeld, PermitMissing, PermitNotNeeded) with
            {
                Required = false,
                Help = "无证无照经营查处办法 第七条：未取得许可且未取得营业执照的，由许可部门依第五条查处",
            },
            new FormField("facilitator", "提供经营场所或运输、保管、仓储条件的单位或个人", FieldType.Text, Required: false),
            new FormField("startedAt", "开始经营时间", FieldType.DateTime, Required: false),
            FormField.Number("area", "经营场所面积", "平方米", 0, 100000, required: false),
            Measure("责令停止经营活动", "督促引导办理营业执照", "查封经营场所或扣押物品", FileCase, ReferToPermitDepartment),
            Photos(),
            new FormField("documents", "询问笔录及证照查询记录", FieldType.Photo, Required: false),
            Notes(),
        ]),
        new(Advertising, "广告检查记录",
        [
            Site(),
            Finding(AdFinding),
            FormField.Choice("medium", "广告媒介", "户外广告牌或招牌", "店堂、橱窗广告", "海报、展板或宣传单", "电子显示屏",
                "车身或交通工具", "短信或其他电子信息", "商品包装或印刷品", "其他") with { Required = false },
            new FormField("advertiser", "广告主", FieldType.Text, Required: false),
            new FormField("publisher", "广告经营者或发布者", FieldType.Text, Required: false),
            new FormField("adText", "违法广告内容摘录", FieldType.Text, Required: false),
            FormField.Choice("adCostStatus", "广告费用", AdCostKnown, AdCostUnknown, AdCostLow) with { Required = false },
            FormField.Number("adCost", "广告费用金额", "元", 0, 100_000_000, required: false),
            FormField.Number("count", "违法广告数量", "处", 0, 100000, required: false),
            Measure("当场责令改正", "责令停止发布广告", FileCase),
            Photos(),
            new FormField("sample", "广告样件", FieldType.Photo, Required: false),
            Notes(),
        ]),
        new(Product, "燃料、产品质量及商品包装检查记录",
        [
            Site(),
            Finding(ProductFinding),
            FormField.Choice("product", "涉及产品", "煤炭、石油焦", "高污染燃料", "机动车用燃料或添加剂",
                "含挥发性有机物的原材料和产品", "商品包装", "消防产品", "机动车", "其他") with { Required = false },
            new FormField("batch", "品名、规格及批次", FieldType.Text, Required: false),
            FormField.Choice("sampled", "抽样情况", "已抽样送检", "未抽样") with { Required = false },
            FormField.Number("goodsValue", "货值金额", "元", 0, 100_000_000, required: false),
            Measure("责令改正", "查封、扣押", FileCase),
            Photos(),
            Notes(),
        ]),
    ];
}
