using Enforcement.Shared.Forms;

namespace Enforcement.Modules.CityManagement.Forms;

/// <summary>
/// The site-inspection records of the city-management items. Every form has a "finding" choice whose
/// no-violation option contains 未发现, and a "measure" choice with 无需处置 (see FindingMatchesMeasureRule).
/// Quantities are optional on the form; the module's rules require them when a violation is found.
/// </summary>
internal static class CityManagementForms
{
    public const string OutdoorBbq = "CG-F-OUTDOOR-BBQ";
    public const string StreetOccupation = "CG-F-STREET-OCCUPY";
    public const string Muck = "CG-F-MUCK";
    public const string Waste = "CG-F-WASTE";
    public const string Burning = "CG-F-BURNING";
    public const string Greening = "CG-F-GREENING";
    public const string Advertising = "CG-F-ADS";
    public const string Cityscape = "CG-F-CITYSCAPE";
    public const string RoadFacility = "CG-F-ROAD-FACILITY";
    public const string SanitationFacility = "CG-F-SANITATION-FACILITY";

    /// <summary>The 产权单位 field of the road-facility form (城市道路管理条例 第二十三条), read by ManholeOwnerRule.</summary>
    public const string OwnerField = "owner";

    public const string NoViolation = "现场未发现违法行为";
    public const string NoMeasure = "无需处置";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);

    private static FormField Finding(string violation) => FormField.Choice("finding", "检查结论", violation, NoViolation);

    private static FormField Measure() =>
        FormField.Choice("measure", "处置措施", "当场责令改正", "责令限期改正", "立案调查", NoMeasure);

    private static FormField Photos() => new("photos", "现场照片", FieldType.Photo);

    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(OutdoorBbq, "露天烧烤现场检查记录",
        [
            new FormField("site", "现场位置", FieldType.Location),
            FormField.Choice("finding", "检查结论", "现场存在露天烧烤", NoViolation),
            FormField.Number("grills", "烧烤炉具数量", "个", 0, 100, required: false),
            FormField.Choice("measure", "处置措施", "当场责令改正", "暂扣烧烤工具并立案调查", NoMeasure),
            new FormField("photos", "现场照片", FieldType.Photo),
            new FormField("notes", "情况说明", FieldType.Text, Required: false),
        ]),
        new(StreetOccupation, "占用道路及公共场地检查记录",
        [
            Site(),
            Finding("现场存在占用道路或公共场地行为"),
            FormField.Choice("kind", "占用方式", "占道经营", "堆放物料", "搭建设施", "挖掘道路", "其他") with { Required = false },
            FormField.Number("area", "占用面积", "平方米", 0, 10000, required: false),
            Measure(),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(Muck, "渣土、建筑垃圾及道路遗撒检查记录",
        [
            Site(),
            Finding("现场存在倾倒、堆放或遗撒行为"),
            new FormField("plate", "车辆号牌", FieldType.Text, Required: false)
                { Help = "渣土车、运输车辆的号牌，如 京A12345" },
            FormField.Number("quantity", "倾倒、堆放或遗撒数量", "立方米", 0, 10000, required: false),
            FormField.Number("length", "遗撒路段长度", "米", 0, 50000, required: false),
            Measure(),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(Waste, "生活垃圾检查记录",
        [
            Site(),
            Finding("现场存在生活垃圾违法行为"),
            FormField.Number("quantity", "垃圾数量", "立方米", 0, 1000, required: false),
            Measure(),
            Photos(),
            Notes(),
        ]),
        new(Burning, "焚烧行为检查记录",
        [
            Site(),
            Finding("现场存在焚烧行为"),
            FormField.Choice("material", "焚烧物", "秸秆、落叶等", "生活垃圾", "沥青、油毡、橡胶、塑料、皮革等", "其他") with { Required = false },
            Measure(),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(Greening, "城市绿化检查记录",
        [
            Site(),
            Finding("现场存在损坏或占用绿化行为"),
            FormField.Number("trees", "受损或被砍伐树木", "株", 0, 10000, required: false),
            FormField.Number("area", "受损或被占用绿地面积", "平方米", 0, 100000, required: false),
            Measure(),
            Photos(),
            Notes(),
        ]),
        new(Advertising, "广告及宣传品检查记录",
        [
            Site(),
            Finding("现场存在违法设置、张贴或涂写行为"),
            FormField.Number("count", "违法广告或张贴、涂写处数", "处", 0, 10000, required: false),
            FormField.Number("area", "广告或涂写面积", "平方米", 0, 10000, required: false),
            Measure(),
            Photos(),
            Notes(),
        ]),
        new(Cityscape, "市容环境卫生检查记录",
        [
            Site(),
            Finding("现场存在影响市容环境卫生行为"),
            Measure(),
            Photos(),
            Notes(),
        ]),
        new(RoadFacility, "城市道路设施及道路施工检查记录",
        [
            Site(),
            Finding("现场存在违反城市道路管理规定的行为"),
            FormField.Choice("kind", "违法情形",
                "检查井、箱盖或道路附属设施缺损", "道路施工现场未设明显标志和安全防围设施", "履带车、铁轮车或超限车辆擅自行驶", "其他") with { Required = false },
            new FormField(OwnerField, "产权单位或施工单位", FieldType.Text, Required: false)
                { Help = "检查井、箱盖的产权单位，或道路施工的施工单位" },
            new FormField("plate", "车辆号牌", FieldType.Text, Required: false),
            FormField.Choice("hazard", "现场安全隐患", "已设置临时警示", "未设置任何警示", "无安全隐患") with { Required = false },
            Measure(),
            Photos(),
            new FormField("video", "现场视频", FieldType.Video, Required: false),
            Notes(),
        ]),
        new(SanitationFacility, "环境卫生设施检查记录",
        [
            Site(),
            Finding("现场存在拆除或损坏环境卫生设施行为"),
            FormField.Choice("facility", "设施类别", "公共厕所", "垃圾房、垃圾转运站", "垃圾桶、果皮箱", "其他环境卫生设施") with { Required = false },
            FormField.Number("count", "被拆除或损坏设施数量", "处", 0, 1000, required: false),
            FormField.Choice("approval", "拆除审批", "未经批准", "已批准但未按拆迁方案", "已批准并按方案拆迁", "不适用（损坏）") with { Required = false },
            Measure(),
            Photos(),
            Notes(),
        ]),
    ];
}
