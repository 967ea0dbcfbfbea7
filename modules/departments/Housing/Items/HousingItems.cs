using Enforcement.Modules.Housing.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.Housing.Items;

/// <summary>
/// The housing and construction department's items. 住建 names a liaison officer, so every item starts
/// as 联合执法 (joint). Citations were checked against the statute texts in shared/reference/statutes;
/// penalty wordings are copied verbatim from the penalty provision.
/// </summary>
/// <remarks>
/// 大气污染防治法 第一百一十五条第一款 (施工单位: 围挡、防尘降尘) is the environment module's HB-YC-004, and
/// 城乡规划法's penalties name the 城乡规划主管部门, not 住房城乡建设: neither is repeated here. What
/// 第一百一十五条 leaves to 住房城乡建设 and no other module cites is its 第二款 (建设单位: 裸露地面).
/// </remarks>
internal static class HousingItems
{
    private const string Dept = HousingModule.ModuleKey;

    private const string Property = "物业管理条例";
    private const string Air = "大气污染防治法";

    private const string PropertyField = "物业管理";

    // 第六十三条第二款: the bands for 个人 and 单位 that 第一款 refers to ("按照本条第二款的规定处以罚款").
    private static PenaltyRange Article63() =>
        new("个人有前款规定行为之一的，处1000元以上1万元以下的罚款；单位有前款规定行为之一的，处5万元以上20万元以下的罚款")
        {
            Fine = new FineBand(1000, 10000),
            OrganisationFine = new FineBand(50000, 200000),
        };

    // Words that belong to the other property items, so that each complaint lands on one.
    private static readonly string[] FundWords = ["维修资金", "维修基金", "维修金"];
    private static readonly string[] PremisesWords = ["物业用房", "物业管理用房", "物业办公用房"];
    private static readonly string[] NotOurs = ["噪音", "噪声", "油烟", "工资", "停车费"];

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 物业管理区域的公共建筑、共用设施、道路场地、共用部位 (第六十三条) ----
        new("ZJ-WY-001", "擅自改变物业管理区域内按照规划建设的公共建筑和共用设施用途", Dept, PropertyField,
            new LegalBasis(Property, 49, 1), new LegalBasis(Property, 63, Clause: 1),
            Article63(),
            HousingForms.CommonParts,
            Words(["改变用途", "改作他用", "挪作他用", "活动室改成", "活动中心改成", "会所改成", "车棚改成", "自行车棚改成",
                   "架空层改成", "配套用房改成", "公建配套", "公共用房改成", "公共建筑", "共用设施", "活动室被", "会所被改",
                   "车棚被改", "改成门面", "改成了门面"],
                ["小区", "物业", "业主", "公共", "活动室", "会所", "车棚", "架空层", "仓库", "门面", "出租"],
                [.. FundWords, .. PremisesWords, .. NotOurs, "开发商把", "卖给", "卖了"]))
        {
            FirstOffenceExemption = true,
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("ZJ-WY-002", "擅自占用、挖掘物业管理区域内道路、场地，损害业主共同利益", Dept, PropertyField,
            new LegalBasis(Property, 50, 1), new LegalBasis(Property, 63, Clause: 2),
            Article63(),
            HousingForms.CommonParts,
            Words(["占用小区道路", "小区道路被占", "占了小区", "占用小区场地", "小区场地被占", "占用公共场地", "公共场地被占",
                   "圈占公共", "公共场地圈", "小区空地被", "当自家院子", "小区里挖", "小区道路被挖", "挖小区", "挖完不恢复", "也不恢复"],
                ["小区", "物业", "业主", "道路", "场地", "空地", "圈", "挖", "坑", "进出"],
                [.. FundWords, .. PremisesWords, .. NotOurs, "广告", "绿地", "绿化"]))
        {
            FirstOffenceExemption = true,
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("ZJ-WY-003", "擅自利用物业共用部位、共用设施设备进行经营", Dept, PropertyField,
            new LegalBasis(Property, 54), new LegalBasis(Property, 63, Clause: 3),
            Article63(),
            HousingForms.CommonParts,
            Words(["电梯广告", "电梯里装广告", "电梯里的广告", "广告屏", "广告费", "广告收入", "楼道广告", "外墙广告", "楼顶广告",
                   "公共收益", "共有收益", "租给商家", "出租公共", "公共部位出租", "楼顶基站", "基站", "收租金", "摆摊收钱"],
                ["物业", "小区", "业主", "电梯", "楼道", "外墙", "楼顶", "公共", "收益", "不公开", "收钱"],
                [.. FundWords, .. PremisesWords, "噪音", "噪声", "油烟", "工资"]))
        {
            FirstOffenceExemption = true,
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 物业管理用房、业主共有部分 ----
        new("ZJ-WY-004", "未经业主大会同意，物业服务企业擅自改变物业管理用房的用途", Dept, PropertyField,
            new LegalBasis(Property, 37), new LegalBasis(Property, 62),
            new PenaltyRange("责令限期改正，给予警告，并处1万元以上10万元以下的罚款") { Fine = new FineBand(10000, 100000) },
            HousingForms.Premises,
            Words([.. PremisesWords, "物业办公室"],
                ["物业", "出租", "租给", "改成", "开店", "麻将", "仓库", "业主大会", "同意"],
                [.. FundWords, .. NotOurs, "没有物业用房", "没给物业用房", "不给物业用房", "没配", "未配置", "没有配置", "开发商"]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("ZJ-WY-005", "挪用专项维修资金", Dept, PropertyField,
            new LegalBasis(Property, 53, 2), new LegalBasis(Property, 60),
            // 挪用数额2倍以下: a multiple of the sum misused, so no fixed band (the form records the sum).
            new PenaltyRange("追回挪用的专项维修资金，给予警告，没收违法所得，可以并处挪用数额2倍以下的罚款"),
            HousingForms.MaintenanceFund,
            Words([.. FundWords, "专项维修", "大修基金"],
                ["挪用", "乱用", "动用", "私自", "擅自", "物业", "业委会", "业主委员会", "开发商", "账目", "去向"],
                ["噪音", "噪声", "工资"]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("ZJ-WY-006", "建设单位擅自处分属于业主的物业共用部位、共用设施设备的所有权或者使用权", Dept, PropertyField,
            new LegalBasis(Property, 27), new LegalBasis(Property, 57),
            new PenaltyRange("处5万元以上20万元以下的罚款；给业主造成损失的，依法承担赔偿责任") { Fine = new FineBand(50000, 200000) },
            HousingForms.Premises,
            Words(["开发商卖了", "开发商把会所", "开发商把架空层", "开发商把楼顶", "开发商把公共", "开发商把小区的", "开发商私自", "开发商擅自",
                   "架空层卖", "会所卖", "楼顶平台卖", "公共部分卖", "共有部分卖", "卖给别人"],
                ["开发商", "业主", "共有", "公共", "产权", "卖", "出租", "全体业主"],
                [.. FundWords, .. PremisesWords, "噪音", "噪声", "工资"]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },
        new("ZJ-WY-007", "建设单位在物业管理区域内不按照规定配置必要的物业管理用房", Dept, PropertyField,
            new LegalBasis(Property, 30), new LegalBasis(Property, 61),
            new PenaltyRange("责令限期改正，给予警告，没收违法所得，并处10万元以上50万元以下的罚款") { Fine = new FineBand(100000, 500000) },
            HousingForms.Premises,
            Words(["没有物业用房", "没给物业用房", "不给物业用房", "没配物业用房", "未配置物业用房", "物业用房没给", "物业用房一直没",
                   "没有物业办公用房", "物业没地方办公", "物业没有办公的地方"],
                ["开发商", "建设单位", "交房", "小区", "车库", "临时"],
                [.. FundWords, "噪音", "噪声", "工资"]))
        {
            RequiredEvidence = [Document],
            DefaultMode = DelegationMode.Joint,
        },

        // ---- 扬尘：建设单位的裸露地面 (大气污染防治法 第一百一十五条第二款 → 第一款的罚则) ----
        // 第二款 punishes "依照前款规定": the band is 第一款's, so the basis is the article, whose text holds both.
        new("ZJ-YC-001", "建设单位未对暂时不能开工的建设用地的裸露地面进行覆盖，或者未对超过三个月不能开工的建设用地的裸露地面进行绿化、铺装或者遮盖", Dept, "扬尘",
            new LegalBasis(Air, 69, 5), new LegalBasis(Air, 115),
            new PenaltyRange("责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治") { Fine = new FineBand(10000, 100000) },
            HousingForms.BareLand,
            Words(["裸露", "裸土", "裸地", "黄土地", "一直没开工", "没开工", "荒着", "闲置地"],
                ["地块", "空地", "土地", "灰", "扬尘", "风一吹", "刮风", "不盖", "没盖", "防尘网", "绿化", "拆完"],
                ["物业", "噪音", "噪声", "油烟", "渣土车", "运输", "工资"]))
        {
            RequiredEvidence = [Photo, Video],
            DefaultMode = DelegationMode.Joint,
        },
    ];
}
