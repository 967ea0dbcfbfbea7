using Enforcement.Shared.Forms;

namespace Enforcement.Modules.DrugAdministration.Forms;

/// <summary>
/// The on-site records of the food-safety items; similar items share a form. Every form has a
/// "finding" choice whose no-violation option contains 未发现 and a "measure" choice with 无需处置
/// (see FindingMatchesMeasureRule). Forms whose items fine by 货值金额 record the goods' value and an
/// optional proposed fine (see ValueBasedFineRule); the others record an optional proposed fine checked
/// against the item's band (see ProposedFineWithinBandRule).
/// </summary>
internal static class DrugAdministrationForms
{
    public const string Licence = "YJ-F-LICENCE";
    public const string Product = "YJ-F-PRODUCT";
    public const string Label = "YJ-F-LABEL";
    public const string Catering = "YJ-F-CATERING";
    public const string Process = "YJ-F-PROCESS";
    public const string Market = "YJ-F-MARKET";
    public const string Stall = "YJ-F-STALL";

    // Field codes and option texts the result rules read.
    public const string FindingField = "finding";
    public const string MeasureField = "measure";
    public const string GoodsValueField = "goodsValue";
    public const string ProposedFineField = "proposedFine";
    public const string ExpiryField = "expiryDate";
    public const string CheckedAtField = "checkedAt";
    public const string StaffOnDutyField = "staffOnDuty";
    public const string StaffConcernedField = "staffConcerned";

    public const string NoViolation = "现场未发现违法行为";
    public const string NoMeasure = "无需处置";

    private static FormField Site() => new("site", "现场位置", FieldType.Location);

    private static FormField CheckedAt() => new(CheckedAtField, "检查时间", FieldType.DateTime);

    private static FormField Party() =>
        FormField.Choice("party", "当事人类别", "食品生产经营企业", "个体工商户", "自然人", "其他组织");

    private static FormField Finding(params string[] violations) =>
        FormField.Choice(FindingField, "检查结论", [.. violations, NoViolation]);

    private static FormField Measure(params string[] measures) =>
        FormField.Choice(MeasureField, "处置措施", [.. measures, NoMeasure]);

    private static FormField GoodsValue() =>
        FormField.Number(GoodsValueField, "违法生产经营的食品货值金额", "元", 0, 100_000_000, required: false)
            with { Help = "货值金额不足一万元的适用固定罚款幅度；一万元以上的按货值金额的倍数计算罚款" };

    private static FormField IllegalIncome() =>
        FormField.Number("illegalIncome", "违法所得", "元", 0, 100_000_000, required: false);

    private static FormField ProposedFine() =>
        FormField.Number(ProposedFineField, "拟处罚款", "元", 0, 100_000_000, required: false)
            with { Help = "立案调查的，可填写拟处罚款，系统按法定幅度核对" };

    private static FormField Photos() => new("photos", "现场照片", FieldType.Photo);

    private static FormField Video() => new("video", "现场视频", FieldType.Video, Required: false);

    private static FormField Documents() => new("documents", "票据、台账、检验报告等书证照片", FieldType.Photo, Required: false);

    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Licence, "无证食品生产经营现场检查记录",
        [
            Site(),
            CheckedAt(),
            Party(),
            Finding("现场存在未取得许可从事食品生产经营行为", "现场存在明知无证仍为其提供场所或者其他条件行为"),
            FormField.Choice("business", "经营类别", "餐饮服务", "食品销售", "食品生产", "为无证经营者提供场所或者其他条件"),
            FormField.Choice("licence", "许可情况", "未取得食品生产经营许可", "许可证已过有效期", "许可经营场所与实际不符", "已取得许可"),
            GoodsValue(),
            IllegalIncome(),
            Measure("责令停止违法行为", "先行登记保存或者查封、扣押并立案调查", "立案调查"),
            ProposedFine(),
            Photos(),
            Video(),
            Notes(),
        ]),
        new(Product, "问题食品现场检查记录",
        [
            Site(),
            CheckedAt(),
            Party(),
            Finding("现场发现不符合食品安全要求的食品"),
            new FormField("product", "食品名称及规格", FieldType.Text),
            new FormField("batch", "生产日期或者批号", FieldType.Text, Required: false),
            new FormField(ExpiryField, "保质期截止时间", FieldType.DateTime, Required: false)
                { Help = "经营、使用超过保质期食品的，须填写" },
            FormField.Number("quantity", "涉案食品数量", "件", 0, 1_000_000, required: false),
            FormField.Number("weight", "涉案食品重量", "千克", 0, 1_000_000, required: false),
            GoodsValue(),
            IllegalIncome(),
            FormField.Choice("testing", "检验情况", "已抽样送检", "已快速检测", "未检验（感官或者标识可判定）"),
            Measure("责令停止经营、下架", "查封、扣押涉案食品并立案调查", "立案调查"),
            ProposedFine(),
            Photos(),
            Video(),
            Documents(),
            Notes(),
        ]),
        new(Label, "食品标签检查记录",
        [
            Site(),
            CheckedAt(),
            Party(),
            Finding("现场发现标签、说明书不符合规定的食品"),
            new FormField("product", "食品名称及规格", FieldType.Text),
            new FormField("labelIssues", "标签问题", FieldType.MultiChoice)
            {
                Options = ["无标签", "缺少生产日期或者保质期", "缺少生产者名称、地址、联系方式", "含有虚假内容", "涉及疾病预防、治疗功能",
                           "散装食品未标明", "标注不清晰等瑕疵（不影响食品安全、不会误导消费者）"],
            },
            FormField.Number("quantity", "涉案食品数量", "件", 0, 1_000_000, required: false),
            GoodsValue(),
            IllegalIncome(),
            Measure("责令改正", "责令停止经营、下架", "查封、扣押涉案食品并立案调查", "立案调查"),
            ProposedFine(),
            Photos(),
            Notes(),
        ]),
        new(Catering, "餐饮服务及从业人员现场检查记录",
        [
            Site(),
            CheckedAt(),
            Party(),
            Finding("现场发现餐饮服务或者从业人员违反食品安全要求"),
            new FormField("issues", "发现的问题", FieldType.MultiChoice, Required: false)
            {
                Options = ["餐具饮具未洗净消毒", "消毒设施未使用或者损坏", "后厨有鼠患、虫害", "后厨环境脏乱", "从业人员无健康证明",
                           "从业人员患有有碍食品安全疾病", "集中用餐单位未履行管理责任"],
            },
            FormField.Number(StaffOnDutyField, "在岗从事接触直接入口食品工作的人数", "人", 0, 1000, required: false),
            FormField.Number(StaffConcernedField, "无健康证明或者患有有碍食品安全疾病的人数", "人", 0, 1000, required: false),
            Measure("责令改正并给予警告", "立案调查（拒不改正或者情节严重）"),
            ProposedFine(),
            Photos(),
            Video(),
            Notes(),
        ]),
        new(Process, "进货查验、管理制度及贮存现场检查记录",
        [
            Site(),
            CheckedAt(),
            Party(),
            Finding("现场发现进货查验、管理制度、销售或者贮存运输不符合规定"),
            new FormField("issues", "发现的问题", FieldType.MultiChoice, Required: false)
            {
                Options = ["未查验许可证和合格证明文件", "未建立或者未遵守进货查验记录制度", "未建立食品安全管理制度", "未配备或者培训、考核食品安全管理人员",
                           "未按标签要求销售", "食品与有毒有害物品一同贮存或者运输", "贮存温度、湿度不符合要求", "其他贮存、运输、装卸问题"],
            },
            FormField.Number("temperature", "实测贮存温度", "℃", -60, 60, required: false),
            Measure("责令改正并给予警告", "立案调查（拒不改正或者情节严重）"),
            ProposedFine(),
            Photos(),
            Documents(),
            Notes(),
        ]),
        new(Market, "集中交易市场、网络食品交易第三方平台检查记录",
        [
            Site(),
            CheckedAt(),
            FormField.Choice("operator", "当事人", "集中交易市场开办者", "柜台出租者", "展销会举办者", "网络食品交易第三方平台提供者"),
            Finding("现场发现开办者、举办者或者平台未履行食品安全管理义务"),
            FormField.Number("unlicensedVendors", "未依法取得许可的入场或者入网经营者", "户", 0, 10000, required: false),
            IllegalIncome(),
            Measure("责令改正", "立案调查"),
            ProposedFine(),
            Photos(),
            Documents(),
            Notes(),
        ]),
        new(Stall, "食品摊贩、小作坊现场检查记录",
        [
            Site(),
            CheckedAt(),
            FormField.Choice("kind", "经营者类别", "食品摊贩", "食品生产加工小作坊"),
            Finding("现场发现不符合食品安全要求的情形"),
            FormField.Choice("registration", "登记或者备案情况", "已按地方规定登记或者备案", "未登记或者备案", "不清楚"),
            new FormField("issues", "发现的问题", FieldType.Text, Required: false),
            Measure("责令改正", "依照地方具体管理办法立案调查"),
            Photos(),
            Notes(),
        ]),
    ];
}
