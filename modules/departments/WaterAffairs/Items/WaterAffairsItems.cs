using Enforcement.Modules.WaterAffairs.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.WaterAffairs.Items;

/// <summary>
/// The water-affairs items: powers of the 城镇排水主管部门 under 城镇排水与污水处理条例, held jointly with
/// the brigade (联合执法). Penalty wordings are copied verbatim from the penalty article.
/// </summary>
/// <remarks>
/// SimpleProcedureAllowed follows 行政处罚法 第五十一条: a warning, a band reaching down to 200 yuan, or an
/// organisation band reaching down to 3,000 yuan. FirstOffenceExemption is on where the article itself
/// starts with 责令改正/警告 and fines only after 逾期不改正 or 严重后果 (第四十九条), or where the wrong is a
/// missing licence cured by applying (第五十条第一款); it is off where the drainage network itself is
/// blocked, built over or taken apart (第四十二条, 第五十七条).
/// </remarks>
internal static class WaterAffairsItems
{
    private const string Dept = WaterAffairsModule.ModuleKey;

    private const string Drain = "城镇排水与污水处理条例";

    private const DelegationMode Joint = DelegationMode.Joint;

    // Noise, smell-only and dust complaints are the environment module's.
    private static readonly string[] NotDrainage = ["噪音", "噪声", "吵", "油烟", "扬尘"];

    private const string Art49 =
        "责令改正，给予警告；逾期不改正或者造成严重后果的，对单位处10万元以上20万元以下罚款，对个人处2万元以上10万元以下罚款";

    private const string Art56 =
        "责令停止违法行为，限期恢复原状或者采取其他补救措施，给予警告；逾期不采取补救措施或者造成严重后果的，对单位处10万元以上30万元以下罚款，对个人处2万元以上10万元以下罚款";

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 排水 ---- (moved from the environment module: 第四十九条 names 城镇排水主管部门)
        new("SW-PS-001", "城镇排水设施覆盖范围内的排水单位和个人，未按照国家有关规定将污水排入城镇排水设施", Dept, "排水",
            new LegalBasis(Drain, 20, 1), new LegalBasis(Drain, 49),
            new PenaltyRange(Art49)
            {
                Fine = new FineBand(20000, 100000),
                OrganisationFine = new FineBand(100000, 200000),
            },
            WaterAffairsForms.Drainage,
            Words(["污水直排", "乱排污水", "污水乱排", "直排", "污水横流", "往路上排", "往河里排", "排到河里", "排到路上", "废水"],
                ["店", "饭店", "洗车", "门口", "路面", "臭", "河", "沟"],
                ["雨水", "许可证", "排水证", .. NotDrainage]))
        {
            SimpleProcedureAllowed = true,
            DefaultMode = Joint,
            FirstOffenceExemption = true,
        },
        new("SW-PS-002", "在雨水、污水分流地区将污水排入雨水管网", Dept, "排水",
            new LegalBasis(Drain, 20, 2), new LegalBasis(Drain, 49),
            new PenaltyRange(Art49)
            {
                Fine = new FineBand(20000, 100000),
                OrganisationFine = new FineBand(100000, 200000),
            },
            WaterAffairsForms.Drainage,
            Words(["雨水井", "雨水口", "雨水管", "雨水篦子", "雨水箅子", "雨水沟", "雨污混排"],
                ["污水", "废水", "洗车", "饭店", "油", "倒", "排", "泔水"],
                ["泥浆", "渣土", "建筑垃圾", "许可证", "排水证", .. NotDrainage]))
        {
            SimpleProcedureAllowed = true,
            DefaultMode = Joint,
            FirstOffenceExemption = true,
        },
        new("SW-PS-003", "排水户未取得污水排入排水管网许可证向城镇排水设施排放污水", Dept, "排水",
            new LegalBasis(Drain, 21, 1), new LegalBasis(Drain, 50, 1),
            new PenaltyRange("责令停止违法行为，限期采取治理措施，补办污水排入排水管网许可证，可以处50万元以下罚款")
                { Fine = new FineBand(0, 500000) },
            WaterAffairsForms.Drainage,
            Words(["排水许可证", "排水许可", "排水证", "污水排入排水管网许可证", "没有排水许可", "无证排水", "无证排污"],
                ["饭店", "餐馆", "洗车", "工厂", "医院", "诊所", "工地", "污水", "管网", "下水道"],
                NotDrainage))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
            DefaultMode = Joint,
            FirstOffenceExemption = true,   // cured by applying for the licence, where the discharge meets the standard
        },

        // ---- 排水设施保护 ---- (第四十二条 forbids; 第五十六条 penalises)
        new("SW-SS-001", "向城镇排水与污水处理设施倾倒垃圾、渣土、施工泥浆等废弃物", Dept, "排水设施保护",
            new LegalBasis(Drain, 42, Clause: 4), new LegalBasis(Drain, 56),
            new PenaltyRange(Art56)
            {
                Fine = new FineBand(20000, 100000),
                OrganisationFine = new FineBand(100000, 300000),
            },
            WaterAffairsForms.Facility,
            Words(["泥浆", "施工泥浆", "倒进下水道", "倒进雨水井", "倒进窨井", "往下水道倒", "往下水道里倒", "往雨水井倒", "往雨水井里倒", "往窨井里倒", "下水道被堵", "堵了下水道"],
                ["下水道", "雨水井", "窨井", "排水管", "检查井", "垃圾", "渣土", "水泥", "工地", "倒", "堵"],
                ["洗车", "许可证", "占压", "压在", .. NotDrainage]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Video],
            DefaultMode = Joint,
            FirstOffenceExemption = false,   // a blocked sewer floods streets and homes
        },
        new("SW-SS-002", "建设占压城镇排水与污水处理设施的建筑物、构筑物或者其他设施", Dept, "排水设施保护",
            new LegalBasis(Drain, 42, Clause: 5), new LegalBasis(Drain, 56),
            new PenaltyRange(Art56)
            {
                Fine = new FineBand(20000, 100000),
                OrganisationFine = new FineBand(100000, 300000),
            },
            WaterAffairsForms.Facility,
            Words(["占压", "压在下水道上", "压在管道上", "盖在下水道上", "盖在井上", "压住窨井", "压住了", "窨井被压", "井被压", "检查井被盖", "排水管上面", "管道上面", "窨井上面", "井盖上面"],
                ["下水道", "窨井", "检查井", "排水管", "管道", "盖房", "搭", "建", "砌"],
                NotDrainage))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
            DefaultMode = Joint,
            FirstOffenceExemption = false,   // a structure over the sewer stops maintenance and risks collapse
        },
        new("SW-SS-003", "擅自拆除、改动城镇排水与污水处理设施", Dept, "排水设施保护",
            new LegalBasis(Drain, 43, 4), new LegalBasis(Drain, 57, 2),
            new PenaltyRange("责令改正，恢复原状或者采取其他补救措施，处5万元以上10万元以下罚款；造成严重后果的，处10万元以上30万元以下罚款")
                { Fine = new FineBand(50000, 100000) },
            WaterAffairsForms.Facility,
            Words(["改动排水管", "改排水管", "私改管道", "私接管道", "私接排水", "拆了排水管", "拆排水管", "排水管被拆", "改了下水道", "改下水道", "拆了雨水管", "截断排水管", "封堵排水口"],
                ["擅自", "私自", "施工", "工地", "物业", "下水道", "排水", "管道"],
                ["占压", .. NotDrainage]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Joint,
            FirstOffenceExemption = false,
        },
    ];
}
