using Enforcement.Modules.FireRescue.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.FireRescue.Items;

/// <summary>
/// The fire-rescue module's items (消防救援大队, a liaison department: every item is 联合执法), all from
/// 消防法 (2021). Penalty wordings are copied verbatim from the penalty provision.
/// </summary>
/// <remarks>
/// <para>
/// 消防法 第六十条 fines 单位 5,000–50,000 yuan (第一款) and gives 个人 警告或者五百元以下罚款 for clauses
/// (二)–(五) only (第二款); 第三款 adds 强制执行 for clauses (三)–(六). For clauses (二)–(五) the items cite
/// the article with its clause and no paragraph, so that the quoted wording can run over all three
/// paragraphs and carry both bands: <see cref="PenaltyRange.Fine"/> is the individual band (0–500),
/// <see cref="PenaltyRange.OrganisationFine"/> the 单位 band. Clause (六) binds 单位 only and cites 第一款.
/// </para>
/// <para>
/// 电动自行车 parked or charged in a 楼道 is 占用疏散通道 (第二十八条, 第六十条第（三）项) and goes to XF-TD-002.
/// 消防法 has no provision on 电动自行车 as such; 飞线充电 (a cable run from a window) is an installation and
/// wiring matter under 第二十七条第二款 and 第六十六条 (XF-DQ-001).
/// </para>
/// <para>
/// 首违不罚 is off for every item: these are fire-safety matters (see the brief and 行政处罚法 第三十三条).
/// </para>
/// </remarks>
internal static class FireRescueItems
{
    private const string Dept = FireRescueModule.ModuleKey;

    private const string FireLaw = "消防法";

    /// <summary>消防法 第六十条, all three paragraphs, verbatim.</summary>
    private const string Art60 =
        "责令改正，处五千元以上五万元以下罚款：" +
        "（一）消防设施、器材或者消防安全标志的配置、设置不符合国家标准、行业标准，或者未保持完好有效的；" +
        "（二）损坏、挪用或者擅自拆除、停用消防设施、器材的；" +
        "（三）占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散行为的；" +
        "（四）埋压、圈占、遮挡消火栓或者占用防火间距的；" +
        "（五）占用、堵塞、封闭消防车通道，妨碍消防车通行的；" +
        "（六）人员密集场所在门窗上设置影响逃生和灭火救援的障碍物的；" +
        "（七）对火灾隐患经消防救援机构通知后不及时采取措施消除的。" +
        "个人有前款第二项、第三项、第四项、第五项行为之一的，处警告或者五百元以下罚款。" +
        "有本条第一款第三项、第四项、第五项、第六项行为，经责令改正拒不改正的，强制执行，所需费用由违法行为人承担";

    private static PenaltyRange Art60Bands() => new(Art60)
    {
        Fine = new FineBand(0, 500),
        OrganisationFine = new FineBand(5000, 50000),
    };

    private static readonly string[] HazardousGoods =
        ["易燃易爆", "危险品", "危化品", "液化气", "煤气罐", "煤气瓶", "钢瓶", "烟花", "鞭炮", "汽油", "柴油", "酒精", "天那水", "稀料"];

    private static readonly string[] Stairwell = ["楼道", "楼梯", "走廊", "走道"];

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 消防通道 ---- (TSV row 43)
        new("XF-TD-001", "占用、堵塞、封闭消防车通道，妨碍消防车通行", Dept, "消防通道",
            new LegalBasis(FireLaw, 28), new LegalBasis(FireLaw, 60, Clause: 5),
            Art60Bands(),
            FireRescueForms.Passage,
            Words(["消防车通道", "消防车道", "消防通道", "生命通道", "消防登高面"],
                ["停车", "停满", "停了", "车", "占", "堵", "地桩", "地锁", "隔离桩", "栏杆", "道闸", "摆摊", "进不来", "小区", "门口", "锁"],
                [.. Stairwell, "疏散", "安全出口", "逃生", "消火栓", "消防栓", "楼层"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Video],
            DefaultMode = DelegationMode.Joint,
        },
        new("XF-TD-002", "占用、堵塞、封闭疏散通道、安全出口或者有其他妨碍安全疏散行为（含楼道内停放、充电的电动自行车）", Dept, "消防通道",
            new LegalBasis(FireLaw, 28), new LegalBasis(FireLaw, 60, Clause: 3),
            Art60Bands(),
            FireRescueForms.Passage,
            Words(["疏散通道", "安全出口", "逃生通道", "安全通道", "紧急出口", "逃生门", "疏散楼梯", "消防通道", .. Stairwell, "楼梯间", "楼梯口"],
                ["堆", "杂物", "堆满", "堵", "锁", "封", "焊死", "电动车", "电瓶车", "自行车", "充电", "停放", "占用", "柜子", "纸箱", "鞋柜", "废品", "家具", "过不去"],
                ["消防车", "汽车", "私家车", "轿车", "机动车", "停车位", "车位", "地桩", "地锁", "道闸", "小广告", "灯", "漏水", "打扫", "卫生", "监控", "噪音", "吵", "装修", "涂", "贴"]))
        {
            SimpleProcedureAllowed = true,
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 消防设施 ----
        new("XF-SS-001", "埋压、圈占、遮挡消火栓或者占用防火间距", Dept, "消防设施",
            new LegalBasis(FireLaw, 28), new LegalBasis(FireLaw, 60, Clause: 4),
            Art60Bands(),
            FireRescueForms.Facility,
            Words(["消火栓", "消防栓", "水泵接合器", "防火间距"],
                ["埋", "圈", "挡", "遮", "堆", "停", "压", "围", "占", "盖住", "看不见", "找不到", "杂物"],
                ["砸", "偷", "盗", "拆", "损坏", "坏了", "弄坏", "没水", "漏水", "撞", "挪用", "停用"]))
        {
            SimpleProcedureAllowed = true,
            DefaultMode = DelegationMode.Joint,
        },
        new("XF-SS-002", "损坏、挪用或者擅自拆除、停用消防设施、器材", Dept, "消防设施",
            new LegalBasis(FireLaw, 28), new LegalBasis(FireLaw, 60, Clause: 2),
            Art60Bands(),
            FireRescueForms.Facility,
            Words(["灭火器", "消防设施", "消防器材", "消防栓", "消火栓", "喷淋", "烟感", "消防水带", "消防箱", "消防柜", "防火门", "消防水泵", "应急灯", "疏散指示", "消防水管", "火灾报警"],
                ["偷", "盗", "拆", "砸", "坏", "损坏", "挪", "拿走", "关掉", "关了", "关闭", "停用", "卖了", "撞", "剪断", "不见了"],
                ["埋", "圈占", "遮挡", "挡住", "挡着", "围起来", "堆", "过期", "没有配", "没配", "数量不够"]))
        {
            SimpleProcedureAllowed = true,
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 人员密集场所 ---- (第六十条第一款 only: 第二款 gives individuals nothing for clause (六))
        new("XF-MC-001", "人员密集场所在门窗上设置影响逃生和灭火救援的障碍物", Dept, "人员密集场所",
            new LegalBasis(FireLaw, 28), new LegalBasis(FireLaw, 60, 1, 6),
            new PenaltyRange("责令改正，处五千元以上五万元以下罚款") { Fine = new FineBand(5000, 50000) },
            FireRescueForms.Premises,
            Words(["防盗网", "防护栏", "铁栅栏", "铁栏杆", "焊死", "封死", "窗户封", "门窗封", "封窗", "铁窗", "防盗窗"],
                ["人员密集", "网吧", "KTV", "饭店", "酒店", "宾馆", "旅馆", "商场", "超市", "学校", "幼儿园", "养老院", "敬老院", "宿舍", "车间", "工厂", "医院", "逃生", "着火", "跑不出来"],
                ["我家", "自家", "邻居", "住户", "阳台", "家里", "高空", "安全出口", "疏散", .. Stairwell]))
        {
            RequiredEvidence = [Photo, Video],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 场所与居住场所 ----
        new("XF-JZ-001", "生产、储存、经营易燃易爆危险品的场所与居住场所设置在同一建筑物内，或者未与居住场所保持安全距离", Dept, "场所与居住场所",
            new LegalBasis(FireLaw, 19, 1), new LegalBasis(FireLaw, 61, 1),
            new PenaltyRange("责令停产停业，并处五千元以上五万元以下罚款") { Fine = new FineBand(5000, 50000) },
            FireRescueForms.Premises,
            Words([.. HazardousGoods, "液化气罐", "液化气瓶", "烟花爆竹", "换气点", "充气点", "油漆仓库"],
                ["住人", "住在", "居民楼", "住宅", "楼上", "楼下", "一楼", "宿舍", "同一栋", "同一个楼", "仓库", "囤", "储存", "存放", "堆放", "卖", "批发", "门面"],
                ["电线", "飞线", "充电", "携带", "地铁", "公交", "燃放", "放鞭炮", "放烟花", "饭店", "餐馆", "餐厅", "做饭", .. Stairwell]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        // 第六十一条第二款 says only 依照前款规定处罚, so the item cites the whole article and quotes both paragraphs.
        new("XF-JZ-002", "生产、储存、经营其他物品的场所与居住场所设置在同一建筑物内，不符合消防技术标准（“三合一”场所）", Dept, "场所与居住场所",
            new LegalBasis(FireLaw, 19, 2), new LegalBasis(FireLaw, 61),
            new PenaltyRange("责令停产停业，并处五千元以上五万元以下罚款。生产、储存、经营其他物品的场所与居住场所设置在同一建筑物内，不符合消防技术标准的，依照前款规定处罚")
            {
                Fine = new FineBand(5000, 50000),
            },
            FireRescueForms.Premises,
            Words(["三合一", "住人", "住宿", "睡人", "店里住", "店里睡", "仓库住", "仓库里住", "仓库里睡", "车间住", "车间里住", "厂房住",
                   "厂里住", "作坊住", "作坊里住", "住在店里", "住在仓库", "住在厂里", "住在车间", "睡在店里", "睡在仓库", "阁楼住", "搭阁楼",
                   "前店后宅", "下店上宅"],
                ["作坊", "仓库", "店", "工厂", "厂房", "车间", "加工", "生产", "工人", "员工", "晚上", "一楼", "阁楼", "着火", "打工", "出租屋"],
                [.. HazardousGoods, "群租", "隔断", "酒店", "宾馆", "旅馆", "民宿"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 电器、燃气 ----
        new("XF-DQ-001", "电器产品、燃气用具的安装、使用及其线路、管路的敷设不符合消防技术标准和管理规定（私拉乱接电线、飞线充电等）", Dept, "电器燃气",
            new LegalBasis(FireLaw, 27, 2), new LegalBasis(FireLaw, 66),
            new PenaltyRange("责令限期改正；逾期不改正的，责令停止使用，可以并处一千元以上五千元以下罚款") { Fine = new FineBand(1000, 5000) },
            FireRescueForms.Electrical,
            Words(["飞线充电", "飞线", "私拉电线", "私拉乱接", "乱拉电线", "乱接电线", "拉电线", "接电线", "拉线充电", "插线板", "接线板", "拖线板",
                   "电线从", "电线老化", "燃气管", "燃气软管", "煤气管", "天然气管"],
                ["电动车", "电瓶车", "电动自行车", "充电", "窗户", "楼上", "楼下", "一楼", "晚上", "整夜", "老化", "短路", "着火", "冒烟", "漏气", "私自改"],
                [.. Stairwell, "电线杆", "小广告", "停电", "电费", "电价"]))
        {
            // 1,000 yuan is within the 3,000-yuan limit for organisations (行政处罚法 第五十一条); never for individuals.
            SimpleProcedureAllowed = true,
            DefaultMode = DelegationMode.Joint,
        },
    ];
}
