using Enforcement.Modules.WorkSafety.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.WorkSafety.Items;

/// <summary>
/// The work-safety department's items, all under 安全生产法 (2021). 安监 names a liaison officer, so every
/// item starts as 联合执法 (joint). Citations were checked against the statute text in
/// shared/reference/statutes; penalty wordings are copied verbatim from the penalty provision.
/// </summary>
/// <remarks>
/// Each penalty article first fines the 生产经营单位 "X万元以下" (read as 0–X) and only after 逾期未改正
/// (or 拒不执行) adds a higher band and fines for the persons responsible. <see cref="PenaltyRange.Fine"/>
/// is that first band: the one a first decision is made under. Because it reaches down below 3,000
/// yuan, 行政处罚法 第五十一条 allows the simple procedure for an organisation fined that little.
/// None of these is a 首违不罚 matter: they concern safety of life.
/// </remarks>
internal static class WorkSafetyItems
{
    private const string Dept = WorkSafetyModule.ModuleKey;

    private const string Law = "安全生产法";

    private static PenaltyRange Article97() =>
        new("责令限期改正，处十万元以下的罚款；逾期未改正的，责令停产停业整顿，并处十万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处二万元以上五万元以下的罚款")
        {
            Fine = new FineBand(0, 100000),
        };

    private static PenaltyRange Article99() =>
        new("责令限期改正，处五万元以下的罚款；逾期未改正的，处五万元以上二十万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以上二万元以下的罚款；情节严重的，责令停产停业整顿")
        {
            Fine = new FineBand(0, 50000),
        };

    private static PenaltyRange Article105() =>
        new("责令限期改正，处五万元以下的罚款，对其直接负责的主管人员和其他直接责任人员处一万元以下的罚款；逾期未改正的，责令停产停业整顿")
        {
            Fine = new FineBand(0, 50000),
        };

    // Words that belong to other departments: wages are HR's, fire lanes and fire equipment are fire's.
    private static readonly string[] NotOurs = ["工资", "欠薪", "油烟", "噪音", "噪声", "消防车", "消防通道"];

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 燃气 (TSV row 51) ----
        new("AJ-RQ-001", "餐饮等行业的生产经营单位使用燃气未安装可燃气体报警装置", Dept, "燃气安全",
            new LegalBasis(Law, 36, 4), new LegalBasis(Law, 99, 1, 8),
            Article99(),
            WorkSafetyForms.Gas,
            Words(["燃气报警", "可燃气体报警", "报警器", "报警装置", "液化气罐", "煤气罐", "液化气瓶", "煤气瓶", "液化气", "煤气", "燃气", "天然气"],
                ["饭店", "餐馆", "餐厅", "小吃店", "面馆", "食堂", "后厨", "厨房", "没装", "没有", "泄漏", "漏气"],
                [.. NotOurs, "热水器", "自己家", "我家"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 安全教育培训 ----
        new("AJ-PX-001", "未按照规定对从业人员、被派遣劳动者、实习学生进行安全生产教育和培训，或者未按照规定如实告知有关的安全生产事项", Dept, "安全培训",
            new LegalBasis(Law, 28, 1), new LegalBasis(Law, 97, 1, 3),
            Article97(),
            WorkSafetyForms.Management,
            Words(["安全培训", "安全教育", "安全生产教育", "岗前培训", "没培训", "没有培训", "未经培训", "不培训", "没经过培训",
                   "没经过任何培训", "直接上岗", "三级安全教育"],
                ["工厂", "厂里", "车间", "新员工", "新招", "工人", "实习生", "上岗", "机器", "操作", "老板"],
                [.. NotOurs, "驾校", "学车", "消防培训"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 安全警示标志 ----
        new("AJ-BZ-001", "未在有较大危险因素的生产经营场所和有关设施、设备上设置明显的安全警示标志", Dept, "安全警示",
            new LegalBasis(Law, 35), new LegalBasis(Law, 99, 1, 1),
            Article99(),
            WorkSafetyForms.Premises,
            Words(["警示标志", "警示牌", "警示标识", "安全标志", "危险标志", "警告标志", "没有警示", "没挂警示", "警示"],
                ["危险", "配电", "高压", "有限空间", "化学品", "危化品", "车间", "仓库", "厂里", "机器"],
                [.. NotOurs, "马路", "路口", "道路", "挖路", "井盖", "交通"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 生产经营场所与员工宿舍 (第四十二条) ----
        new("AJ-CS-001", "生产、经营、储存、使用危险物品的车间、商店、仓库与员工宿舍在同一座建筑内，或者与员工宿舍的距离不符合安全要求", Dept, "场所安全",
            new LegalBasis(Law, 42, 1), new LegalBasis(Law, 105, 1, 1),
            Article105(),
            WorkSafetyForms.Premises,
            Words(["员工宿舍", "宿舍", "住人", "睡在仓库", "住在仓库", "睡在车间", "住在车间", "睡在店里", "住在店里", "三合一", "楼上住"],
                ["仓库", "车间", "商店", "油漆", "化学品", "危险品", "危化品", "液化气", "易燃", "酒精", "同一栋", "楼上", "工人"],
                [.. NotOurs, "出口", "锁", "通道", "堵", "学生宿舍", "群租"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("AJ-CS-002", "生产经营场所和员工宿舍未设有符合紧急疏散需要、标志明显、保持畅通的出口、疏散通道，或者占用、锁闭、封堵生产经营场所或者员工宿舍出口、疏散通道", Dept, "场所安全",
            new LegalBasis(Law, 42, 2), new LegalBasis(Law, 105, 1, 2),
            Article105(),
            WorkSafetyForms.Premises,
            // 安全出口/疏散通道 on their own are the fire module's words (消防法); this item is the workplace's.
            Words(["出口", "锁门", "把门锁", "锁死", "锁住", "锁上", "锁闭", "封死", "堵死", "封堵"],
                ["车间", "厂房", "工厂", "厂里", "宿舍", "员工", "工人", "上班", "货", "跑不出来"],
                [.. NotOurs, "小区", "停车", "车库", "楼道"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Video],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 事故隐患 ----
        new("AJ-YH-001", "未将事故隐患排查治理情况如实记录或者未向从业人员通报", Dept, "隐患排查",
            new LegalBasis(Law, 41, 2), new LegalBasis(Law, 97, 1, 5),
            Article97(),
            WorkSafetyForms.Management,
            Words(["隐患排查记录", "排查记录", "隐患台账", "排查台账", "检查记录", "记录造假", "编记录", "补记录", "假记录", "不通报"],
                ["隐患", "排查", "安全", "车间", "工厂", "厂里", "应付检查", "临时编"],
                [.. NotOurs]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("AJ-YH-002", "未采取措施消除事故隐患", Dept, "隐患排查",
            new LegalBasis(Law, 41, 2), new LegalBasis(Law, 102),
            new PenaltyRange("责令立即消除或者限期消除，处五万元以下的罚款；生产经营单位拒不执行的，责令停产停业整顿，对其直接负责的主管人员和其他直接责任人员处五万元以上十万元以下的罚款")
            {
                Fine = new FineBand(0, 50000),
            },
            WorkSafetyForms.Management,
            Words(["事故隐患", "安全隐患", "隐患"],
                ["工厂", "厂里", "车间", "厂房", "作坊", "加工", "生产", "设备", "不整改", "没整改", "没有整改", "一直没改"],
                // The other items' own words, and the places where 安全隐患 means something else.
                [.. NotOurs, "排查记录", "台账", "报警", "燃气", "煤气", "液化气", "培训", "警示", "宿舍", "出口", "通道", "防护", "安全帽", "口罩",
                 "消防", "电动车", "飞线", "广告牌", "树", "高空", "楼道", "井盖", "路灯", "马路"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 劳动防护用品 ----
        new("AJ-FH-001", "未为从业人员提供符合国家标准或者行业标准的劳动防护用品", Dept, "劳动防护",
            new LegalBasis(Law, 45), new LegalBasis(Law, 99, 1, 5),
            Article99(),
            WorkSafetyForms.Management,
            Words(["劳动防护用品", "劳保用品", "防护用品", "劳保", "安全帽", "防护服", "防尘口罩", "护目镜", "防毒面具", "安全带", "绝缘手套", "耳塞"],
                ["不发", "没发", "不给", "没有", "自己买", "车间", "工人", "粉尘", "老板", "工厂", "厂里", "工地"],
                ["油烟", "噪音扰民", "消防", "开车", "司机", "驾驶", "乘车"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
    ];
}
