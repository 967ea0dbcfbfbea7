using Enforcement.Modules.PublicSecurity.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.PublicSecurity.Items;

/// <summary>
/// The public-security (治安) matters the brigade meets in residential streets, handled jointly with the
/// local police station. Every provision is cited from the 2012 text of 治安管理处罚法 in
/// shared/reference/statutes; a revision took effect on 2026-01-01 and renumbers and changes these articles,
/// so every citation carries <see cref="Check"/>.
/// </summary>
/// <remarks>
/// SimpleProcedureAllowed follows 行政处罚法 第五十一条 (and 治安管理处罚法 第一百条: 警告或者二百元以下罚款 on the
/// spot): true where a warning is available or the fine band reaches down to 200 yuan.
/// </remarks>
internal static class PublicSecurityItems
{
    private const string Dept = PublicSecurityModule.ModuleKey;

    private const string Law = "治安管理处罚法";

    /// <summary>The 2012 reference text is not the law in force since 2026-01-01.</summary>
    private const string Check = "待核对现行文本";

    private static LegalBasis Basis(int article, int? paragraph = null, int? clause = null) =>
        new(Law, article, paragraph, clause) { CheckNote = Check };

    // 第七十五条第一款 gives one band both to 警告后不改正 and to 放任动物恐吓他人.
    private static PenaltyRange Animals() =>
        new("处警告；警告后不改正的，或者放任动物恐吓他人的，处二百元以上五百元以下罚款") { Fine = new FineBand(200, 500) };

    // 第三十七条: 处五日以下拘留或者五百元以下罚款 (the 情节严重 tier adds detention, with 可以并处五百元以下罚款).
    private static PenaltyRange Article37() =>
        new("处五日以下拘留或者五百元以下罚款；情节严重的，处五日以上十日以下拘留，可以并处五百元以下罚款") { Fine = new FineBand(0, 500) };

    // Business noise, building sites, square dancing and loudspeakers are 噪声污染防治法 (environment, HB-ZS-*).
    private static readonly string[] NotNeighbourNoise =
        ["施工", "工地", "广场舞", "跳舞", "商铺", "店", "喇叭", "装修", "电钻", "砸墙", "KTV", "ktv", "酒吧", "麻将馆", "棋牌室", "空调外机", "外机", "工厂", "车间", "鸣笛", "炸街"];

    private static readonly string[] AnimalWords = ["狗", "犬", "猫", "鸽", "鸡", "鸭", "鹅", "宠物", "鹦鹉"];

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        new("ZA-ZS-001", "违反关于社会生活噪声污染防治的法律规定，制造噪声干扰他人正常生活", Dept, "社会生活噪声",
            Basis(58), Basis(58),
            new PenaltyRange("处警告；警告后不改正的，处二百元以上五百元以下罚款") { Fine = new FineBand(200, 500) },
            PublicSecurityForms.Nuisance,
            new KeywordRule(["楼上邻居", "楼下邻居", "隔壁邻居", "对门邻居", "半夜吵闹", "大声喧哗", "吵闹", "喧哗", "打麻将", "搓麻将", "麻将声", "跺脚", "蹦迪", "开派对", "聚会", "喝酒划拳", "划拳", "唱歌", "摔东西", "拍球", "弹琴"])
            {
                Context = ["半夜", "深夜", "凌晨", "晚上", "吵", "噪音", "睡不着", "楼上", "楼下", "天天", "扰民"],
                Excludes = [.. NotNeighbourNoise, .. AnimalWords],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            DefaultMode = DelegationMode.Joint,
            RequiredEvidence = [EvidenceKind.Audio],
        },
        new("ZA-DW-001", "饲养动物，干扰他人正常生活", Dept, "饲养动物",
            Basis(75, 1), Basis(75, 1), Animals(),
            PublicSecurityForms.Nuisance,
            new KeywordRule(["狗叫", "犬吠", "狗一直叫", "狗天天叫", "狗整夜叫", "狗半夜叫", "狗乱叫", "养狗扰民", "狗扰民", "猫叫", "猫叫春", "养鸽子", "鸽子", "养了好几条狗", "养了很多狗", "养了很多猫", "宠物扰民"])
            {
                Context = ["邻居", "楼上", "楼下", "隔壁", "半夜", "吵", "睡不着", "臭", "天天", "一直"],
                Excludes = ["咬", "扑", "追", "吓", "不拴", "不牵", "没拴", "没牵", "不栓", "没栓", "恶犬", "烈性犬", "养鸡", "公鸡"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            DefaultMode = DelegationMode.Joint,
            RequiredEvidence = [EvidenceKind.Audio, EvidenceKind.Photo],
        },
        new("ZA-DW-002", "放任动物恐吓他人", Dept, "饲养动物",
            Basis(75, 1), Basis(75, 1), Animals(),
            PublicSecurityForms.Nuisance,
            new KeywordRule(["遛狗不牵绳", "遛狗不拴绳", "遛狗不栓绳", "不拴绳", "不牵绳", "没拴绳", "没牵绳", "不栓绳", "没栓绳", "狗追人", "狗扑人", "狗吓人", "恶犬", "大型犬", "烈性犬", "放狗", "狗冲"])
            {
                Context = ["狗", "小孩", "孩子", "老人", "吓", "扑", "追", "小区", "咬"],
            })
        {
            SimpleProcedureAllowed = true,
            DefaultMode = DelegationMode.Joint,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("ZA-SS-001", "在车辆、行人通行的地方施工，对沟井坎穴不设覆盖物、防围和警示标志，或者故意损毁、移动覆盖物、防围和警示标志", Dept, "公共安全",
            Basis(37, clause: 2), Basis(37, clause: 2), Article37(),
            PublicSecurityForms.Facility,
            new KeywordRule(["深坑", "大坑", "土坑", "施工坑", "挖的坑", "沟槽", "深沟", "窨井口", "井口敞", "敞着口", "坑没", "沟没", "坑边没", "沟边没", "坑也没", "坑旁边没", "掉进坑", "掉进沟"])
            {
                Context = ["施工", "路上", "人行道", "马路", "晚上", "掉下去", "危险", "摔", "没有围挡", "警示", "盖"],
                Excludes = ["井盖被", "偷", "渣土", "垃圾"],
            })
        {
            SimpleProcedureAllowed = true,
            DefaultMode = DelegationMode.Joint,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("ZA-SS-002", "盗窃、损毁路面井盖、照明等公共设施", Dept, "公共安全",
            Basis(37, clause: 3), Basis(37, clause: 3), Article37(),
            PublicSecurityForms.Facility,
            new KeywordRule(["井盖被偷", "偷井盖", "井盖被盗", "井盖丢", "井盖没了", "井盖不见", "井盖被砸", "井盖被", "井盖让人", "砸路灯", "路灯被砸", "路灯被偷", "偷路灯", "路灯被人", "偷电缆", "损坏井盖", "损毁井盖"])
            {
                Context = ["有人", "半夜", "危险", "马路", "路上", "偷", "砸", "大洞"],
            })
        {
            SimpleProcedureAllowed = true,
            DefaultMode = DelegationMode.Joint,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("ZA-CZ-001", "房屋出租人将房屋出租给无身份证件的人居住，或者不按规定登记承租人姓名、身份证件种类和号码", Dept, "出租房屋",
            Basis(57, 1), Basis(57, 1),
            new PenaltyRange("处二百元以上五百元以下罚款") { Fine = new FineBand(200, 500) },
            PublicSecurityForms.Rental,
            new KeywordRule(["出租屋", "出租房", "租客", "房东", "二房东", "不登记", "没登记", "没有登记", "未登记", "身份证"])
            {
                Context = ["登记", "身份证", "外来人员", "人员复杂", "进进出出", "住了很多人", "陌生人", "派出所"],
                Excludes = ["漏水", "押金", "涨租", "中介费", "油烟", "装修", "吵", "噪音", "狗"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            DefaultMode = DelegationMode.Joint,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
    ];
}
