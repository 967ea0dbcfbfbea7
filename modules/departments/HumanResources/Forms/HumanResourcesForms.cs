using Enforcement.Shared.Forms;

namespace Enforcement.Modules.HumanResources.Forms;

/// <summary>
/// The HR module's inspection records (劳动保障监察). Every form has a "finding" choice whose
/// no-violation option is <see cref="NoViolation"/> and a "measure" choice with <see cref="NoMeasure"/>.
/// Figures are optional on the form; the module's rules require those a finding depends on.
/// </summary>
internal static class HumanResourcesForms
{
    public const string Wage = "RS-F-WAGE";
    public const string Hours = "RS-F-HOURS";
    public const string Contract = "RS-F-CONTRACT";
    public const string MigrantPay = "RS-F-MIGRANT-PAY";

    public const string NoViolation = "未发现违法行为";
    public const string NoMeasure = "无需处置";

    private static FormField Site() => new("site", "检查地点", FieldType.Location);
    private static FormField Employer() => new("employer", "用人单位名称", FieldType.Text);
    private static FormField Finding(string violation) => FormField.Choice("finding", "检查结论", violation, NoViolation);
    private static FormField Measure(params string[] options) => FormField.Choice("measure", "处置措施", [.. options, NoMeasure]);
    private static FormField Workers(string label) => FormField.Number("workers", label, "人", 0, 100000, required: false);
    private static FormField Documents() =>
        new("documents", "书证照片（工资表、考勤记录、劳动合同、银行流水等）", FieldType.Photo);
    private static FormField Notes() => new("notes", "情况说明", FieldType.Text, Required: false);

    public static readonly IReadOnlyList<FormDefinition> All =
    [
        new(Wage, "工资支付情况检查记录",
        [
            Site(),
            Employer(),
            Finding("存在克扣、拖欠工资或者低于最低工资标准支付工资的行为"),
            Workers("涉及劳动者人数"),
            FormField.Number("owedAmount", "应付未付工资数额", "元", 0, required: false),
            FormField.Number("owedMonths", "拖欠时长", "月", 0, 600, required: false),
            FormField.Number("minimumWage", "当地月最低工资标准", "元/月", 0, 100000, required: false),
            FormField.Number("paidWage", "实发月工资", "元/月", 0, 1000000, required: false),
            new FormField("payBy", "限期支付期限", FieldType.DateTime, Required: false),
            Measure("责令限期支付", "责令加付赔偿金（逾期不支付）", "移送公安机关（涉嫌拒不支付劳动报酬罪）"),
            Documents(),
            Notes(),
        ]),
        new(Hours, "工作时间检查记录",
        [
            Site(),
            Employer(),
            Finding("存在违法延长劳动者工作时间的行为"),
            Workers("受侵害的劳动者人数"),
            FormField.Number("overtimeHours", "月延长工作时间", "小时/月", 0, 744, required: false),
            FormField.Number("proposedFine", "拟处罚款", "元", 0, required: false)
                with { Help = "按受侵害的劳动者每人 100 元以上 500 元以下计算（第二十五条）" },
            Measure("给予警告并责令限期改正", "给予警告、责令限期改正并处罚款"),
            Documents(),
            Notes(),
        ]),
        new(Contract, "劳动合同订立情况检查记录",
        [
            Site(),
            Employer(),
            Finding("存在建立劳动关系未依法订立劳动合同的行为"),
            Workers("未订立劳动合同的劳动者人数"),
            FormField.Number("employedMonths", "最长用工时长", "月", 0, 600, required: false),
            Measure("责令改正"),
            Documents(),
            Notes(),
        ]),
        new(MigrantPay, "农民工工资支付及工程建设项目用工管理检查记录",
        [
            Site(),
            Employer(),
            new FormField("project", "工程建设项目名称", FieldType.Text, Required: false),
            FormField.Choice("role", "被检查单位", "施工总承包单位", "分包单位", "建设单位", "其他用人单位"),
            Finding("存在违反农民工工资支付规定的行为"),
            FormField.Choice("payForm", "工资支付形式", "货币（银行转账或现金）", "实物", "有价证券", "其他") with { Required = false },
            FormField.Choice("ledger", "工资支付台账", "已编制并保存", "未编制", "已编制未保存") with { Required = false },
            FormField.Choice("payslip", "工资清单", "已向农民工提供", "未提供") with { Required = false },
            FormField.Choice("account", "农民工工资专用账户", "已开设并使用", "已开设未使用", "未开设", "不适用") with { Required = false },
            FormField.Number("workersOnSite", "现场作业人数", "人", 0, 100000, required: false),
            FormField.Number("workersRegistered", "现场作业人员中已实名登记人数", "人", 0, 100000, required: false),
            new FormField("correctBy", "限期改正期限", FieldType.DateTime, Required: false),
            Measure("责令限期改正", "立案调查（逾期不改正）"),
            Documents(),
            new FormField("photos", "现场照片", FieldType.Photo, Required: false),
            Notes(),
        ]),
    ];
}
