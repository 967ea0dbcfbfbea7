using Enforcement.Modules.HumanResources.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.HumanResources.Items;

/// <summary>
/// The HR and social security department's items (劳动保障监察). 人社 names a liaison officer, so every
/// item starts as 联合执法 (joint). Citations were checked against the statute texts in
/// shared/reference/statutes; penalty wordings are copied verbatim from the penalty provision.
/// </summary>
/// <remarks>
/// The duties behind 劳动保障监察条例 第二十四条至第二十六条 (pay wages in full and on time, pay at least the
/// minimum wage, keep to working hours, sign a written contract) are laid down in 劳动法 and 劳动合同法,
/// which are not in the statute library. Those items therefore cite as violated provision the
/// 劳动保障监察条例 article that itself names the conduct. 使用童工 has no provision in these texts
/// (禁止使用童工规定 is not in the library) and is not an item.
/// </remarks>
internal static class HumanResourcesItems
{
    private const string Dept = HumanResourcesModule.ModuleKey;

    private const string Inspection = "劳动保障监察条例";
    private const string MigrantPay = "保障农民工工资支付条例";

    // 第二十六条: an order to pay and, if not paid in time, 赔偿金 to the worker — compensation, not a fine.
    private static PenaltyRange Article26() =>
        new("分别责令限期支付劳动者的工资报酬、劳动者工资低于当地最低工资标准的差额或者解除劳动合同的经济补偿；逾期不支付的，责令用人单位按照应付金额50%以上1倍以下的标准计算，向劳动者加付赔偿金");

    // 第五十四条: 单位 2万–5万; the persons responsible (natural persons) 1万–3万, so Fine is theirs.
    private static PenaltyRange Article54() =>
        new("责令限期改正；逾期不改正的，对单位处2万元以上5万元以下的罚款，对法定代表人或者主要负责人、直接负责的主管人员和其他直接责任人员处1万元以上3万元以下的罚款")
        {
            Fine = new FineBand(10000, 30000),
            OrganisationFine = new FineBand(20000, 50000),
        };

    // 第五十五条: only 施工总承包单位/分包单位 can commit it, so the one band is theirs.
    private static PenaltyRange Article55() =>
        new("责令限期改正；逾期不改正的，责令项目停工，并处5万元以上10万元以下的罚款；情节严重的，给予施工单位限制承接新工程、降低资质等级、吊销资质证书等处罚")
        {
            Fine = new FineBand(50000, 100000),
        };

    // Work-safety words: a complaint about helmets, training or gas is not an HR matter.
    private static readonly string[] SafetyWords = ["安全帽", "安全培训", "劳保用品", "防护用品", "报警器", "隐患"];

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 工资 ----
        new("RS-GZ-001", "克扣或者无故拖欠劳动者工资报酬", Dept, "工资支付",
            new LegalBasis(Inspection, 26, 1, 1), new LegalBasis(Inspection, 26, 1, 1),
            Article26(),
            HumanResourcesForms.Wage,
            Words(["拖欠工资", "拖欠农民工", "拖欠", "欠薪", "讨薪", "欠工资", "欠我工资", "欠我们工资", "不发工资", "没发工资", "工资没发",
                   "工资不发", "工资发不下来", "拿不到工资", "要不到工资", "讨要工资", "克扣工资", "扣工资", "扣我工资", "工钱", "血汗钱"],
                ["老板", "公司", "工地", "包工头", "农民工", "工人", "几个月", "三个月", "半年", "年底", "无故", "理由"],
                ["最低工资", "低于最低", "工资条", "工资清单", "工资台账", "抵工资", "代替", "专用账户", "实名"]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("RS-GZ-002", "支付劳动者的工资低于当地最低工资标准", Dept, "工资支付",
            new LegalBasis(Inspection, 26, 1, 2), new LegalBasis(Inspection, 26, 1, 2),
            Article26(),
            HumanResourcesForms.Wage,
            Words(["最低工资", "低于最低", "不够最低", "达不到最低", "不到最低"],
                ["标准", "工资", "老板", "每个月", "一个月", "才给", "底薪"],
                [.. SafetyWords]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 工作时间 ----
        // 第二十五条 fines "按照受侵害的劳动者每人100元以上500元以下的标准计算": the band is per worker
        // affected, and the form records how many (OvertimeFinePerWorkerRule checks the total).
        new("RS-GS-001", "违反劳动保障法律、法规或者规章延长劳动者工作时间", Dept, "工作时间",
            new LegalBasis(Inspection, 25), new LegalBasis(Inspection, 25),
            new PenaltyRange("给予警告，责令限期改正，并可以按照受侵害的劳动者每人100元以上500元以下的标准计算，处以罚款")
            {
                Fine = new FineBand(100, 500),
            },
            HumanResourcesForms.Hours,
            Words(["加班", "超时", "强制加班", "延长工作时间", "不让休息", "没有休息", "不能休息", "一天干十二", "十二个小时", "12个小时",
                   "996", "007", "连轴转", "没有双休", "一个月只休"],
                ["老板", "公司", "工厂", "厂里", "天天", "每天", "周末", "晚上", "到半夜", "休息"],
                [.. SafetyWords, "拖欠", "欠薪", "施工", "噪音", "吵", "卸货", "停车", "外卖", "营业"]))
        {
            // A warning alone is possible (罚款 is 可以), and the per-worker band starts at 100 yuan.
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 劳动合同 ----
        new("RS-HT-001", "用人单位与劳动者建立劳动关系不依法订立劳动合同", Dept, "劳动合同",
            new LegalBasis(Inspection, 24), new LegalBasis(Inspection, 24),
            new PenaltyRange("责令改正"),
            HumanResourcesForms.Contract,
            Words(["劳动合同", "不签合同", "没签合同", "没有签合同", "不给签合同", "不跟我签", "不和我签", "没有合同", "书面合同"],
                ["老板", "公司", "入职", "上班", "干了", "半年", "一年", "试用期"],
                [.. SafetyWords, "拖欠", "欠薪", "安全生产管理协议", "解除", "补偿", "辞退", "开除"]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 农民工工资 (保障农民工工资支付条例) ----
        new("RS-NM-001", "以实物、有价证券等形式代替货币支付农民工工资", Dept, "农民工工资",
            new LegalBasis(MigrantPay, 11), new LegalBasis(MigrantPay, 54, 1, 1),
            Article54(),
            HumanResourcesForms.MigrantPay,
            Words(["抵工资", "顶工资", "代替工资", "代替货币", "实物", "有价证券", "购物卡", "拿房子抵", "拿车抵", "拿货抵", "用货抵", "打白条", "白条"],
                ["工资", "工地", "老板", "包工头", "农民工", "工人", "不给现金", "不给钱"],
                [.. SafetyWords]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("RS-NM-002", "未编制工资支付台账并依法保存，或者未向农民工提供工资清单", Dept, "农民工工资",
            new LegalBasis(MigrantPay, 15), new LegalBasis(MigrantPay, 54, 1, 2),
            Article54(),
            HumanResourcesForms.MigrantPay,
            Words(["工资台账", "工资支付台账", "工资条", "工资清单", "工资单", "工资明细", "发工资的记录"],
                ["工资", "工地", "农民工", "工人", "包工头", "从来没有", "不给", "不知道发了多少"],
                [.. SafetyWords, "隐患排查"]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("RS-NM-003", "施工总承包单位未按规定开设或者使用农民工工资专用账户", Dept, "农民工工资",
            new LegalBasis(MigrantPay, 26, 1), new LegalBasis(MigrantPay, 55, 1, 1),
            Article55(),
            HumanResourcesForms.MigrantPay,
            Words(["工资专用账户", "专用账户", "专户", "农民工工资专户"],
                ["总包", "总承包", "工地", "项目", "农民工", "现金", "包工头", "银行"],
                [.. SafetyWords]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("RS-NM-004", "施工总承包单位、分包单位未实行劳动用工实名制管理", Dept, "农民工工资",
            new LegalBasis(MigrantPay, 28, 1), new LegalBasis(MigrantPay, 55, 1, 3),
            Article55(),
            HumanResourcesForms.MigrantPay,
            Words(["实名制", "实名登记", "实名管理", "没有实名", "不实名", "没实名"],
                ["工地", "项目", "工人", "农民工", "总包", "分包", "进出", "打卡"],
                [.. SafetyWords]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },
    ];
}
