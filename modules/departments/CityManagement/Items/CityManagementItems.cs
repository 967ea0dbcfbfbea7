using Enforcement.Modules.CityManagement.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.CityManagement.Items;

/// <summary>
/// The city-management items. Citations follow the texts in shared/reference/statutes: a clause (项) of an
/// article with a single lead paragraph is cited without a paragraph number. Amounts are given only where
/// the national text states them.
/// </summary>
/// <remarks>
/// SimpleProcedureAllowed (行政处罚法 第五十一条) is set only where the band that applies to individuals
/// starts at or below 200 yuan. Where a single band starts above 200 yuan but at or below 3,000 yuan,
/// an organisation could be dealt with on the spot, but an individual could not, so the flag stays false
/// (the general procedure is always lawful). Where the amount is set locally, the flag is false: the
/// national text gives no figure to test against 第五十一条, even where it also allows a warning.
/// </remarks>
internal static class CityManagementItems
{
    private const string Dept = CityManagementModule.ModuleKey;

    private const string CityscapeRegs = "城市市容和环境卫生管理条例";
    private const string GreeningRegs = "城市绿化条例";
    private const string RoadRegs = "城市道路管理条例";
    private const string AirLaw = "大气污染防治法";
    private const string SolidWasteLaw = "固体废物污染环境防治法";

    /// <summary>For articles that say only 可以并处罚款 / 并可处以罚款.</summary>
    private const string LocalAmount =
        "罚款数额由所在地地方性法规或政府规章规定（国家条例未定数额）；本系统未收录该地方规定文本，数额待核对";

    // The penalty words of 城市市容和环境卫生管理条例 第三十四条, 第三十六条 and 城市绿化条例 第二十六条.
    private const string Art34 = "除责令其纠正违法行为、采取补救措施外，可以并处警告、罚款";
    private const string Art36 = "责令其停止违法行为，限期清理、拆除或者采取其他补救措施，并可处以罚款";
    private const string Greening26 = "责令停止侵害，可以并处罚款";

    // 城市道路管理条例 第四十二条: a ceiling only.
    private static PenaltyRange Road42() =>
        new("责令限期改正，可以处以2万元以下的罚款") { Fine = new FineBand(0, 20000) };

    private static PenaltyRange Local(string wording) => new(wording) { LocalRule = LocalAmount };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 油烟 ----
        new("CG-YY-001", "在禁止的时段和区域内露天烧烤食品或者为露天烧烤食品提供场地", Dept, "油烟",
            new LegalBasis(AirLaw, 81, 3), new LegalBasis(AirLaw, 118, 3),
            new PenaltyRange("责令改正，没收烧烤工具和违法所得，并处五百元以上二万元以下的罚款") { Fine = new FineBand(500, 20000) },
            CityManagementForms.OutdoorBbq,
            new KeywordRule(["露天烧烤", "烧烤摊", "烤串", "撸串", "烧烤"])
            {
                Context = ["烟", "熏", "路边", "夜市", "炭火"],
                Excludes = ["油烟净化", "烟道"],   // a restaurant's kitchen fumes: 餐饮油烟 (environment module)
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
        },

        // ---- 渣土 ----
        // Only 工程施工单位 can commit 111（四）, so the one band is the organisation's.
        new("CG-ZT-001", "工程施工单位擅自倾倒、抛撒或者堆放工程施工过程中产生的建筑垃圾", Dept, "渣土",
            new LegalBasis(SolidWasteLaw, 63, 3), new LegalBasis(SolidWasteLaw, 111, Clause: 4),
            new PenaltyRange("单位有前款第二项、第三项、第四项、第五项、第六项行为之一，处十万元以上一百万元以下的罚款")
                { Fine = new FineBand(100000, 1000000) },
            CityManagementForms.Muck,
            new KeywordRule(["建筑垃圾", "工地垃圾", "施工垃圾", "装修垃圾", "偷倒渣土", "乱倒渣土", "倾倒渣土", "堆放渣土", "渣土堆", "倒渣土"])
            {
                Context = ["工地", "施工", "偷倒", "倾倒", "堆", "夜里", "半夜"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
        },
        new("CG-ZT-002", "运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆未采取密闭或者其他措施防止物料遗撒", Dept, "渣土",
            new LegalBasis(AirLaw, 70, 1), new LegalBasis(AirLaw, 116),
            new PenaltyRange("责令改正，处二千元以上二万元以下的罚款；拒不改正的，车辆不得上道路行驶") { Fine = new FineBand(2000, 20000) },
            CityManagementForms.Muck,
            new KeywordRule(["渣土车", "泥头车", "土方车", "砂石车", "沙石车", "运煤车", "搅拌车", "罐车", "未密闭", "没有密闭", "没盖", "不盖", "篷布"])
            {
                Context = ["遗撒", "撒", "掉", "扬尘", "路面", "一路", "泥", "灰"],
                Excludes = ["偷倒", "倾倒", "乱倒"],   // dumping is CG-ZT-001
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
        },

        // ---- 城市道路 ----
        // Plain street vending occupies the road (人行道 is part of 城市道路, 条例 第二条) without building
        // anything, so 市容条例 36（二） (堆放物料/搭建设施) does not fit it; 27（一）/42 does, with a national ceiling.
        new("CG-DL-001", "擅自占用城市道路从事经营活动（占道经营）", Dept, "城市道路",
            new LegalBasis(RoadRegs, 27, Clause: 1), new LegalBasis(RoadRegs, 42),
            Road42(),
            CityManagementForms.StreetOccupation,
            new KeywordRule(["占道经营", "占道", "摆摊", "地摊", "流动摊贩", "摊贩", "小摊", "小贩", "出摊", "出店经营", "店外经营", "跨门经营", "马路市场", "占用人行道"])
            {
                Context = ["人行道", "路边", "马路", "卖菜", "卖水果", "门口", "堵", "通行"],
                Excludes = ["烧烤", "烤串", "绿地", "绿化带"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
        },
        new("CG-DL-002", "擅自挖掘城市道路", Dept, "城市道路",
            new LegalBasis(RoadRegs, 27, Clause: 1), new LegalBasis(RoadRegs, 42),
            Road42(),
            CityManagementForms.StreetOccupation,
            new KeywordRule(["挖路", "挖掘道路", "挖马路", "刨路", "破路", "路面被挖", "开挖", "挖开"])
            {
                Context = ["施工", "管线", "路面", "坑", "没恢复", "马路", "人行道"],
                Excludes = ["绿地", "树"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },

        // ---- 市容环卫 ----
        new("CG-SR-001", "未经批准擅自在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施，影响市容", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 14), new LegalBasis(CityscapeRegs, 36, Clause: 2),
            Local(Art36),
            CityManagementForms.StreetOccupation,
            new KeywordRule(["堆放物料", "乱堆乱放", "堆物", "乱堆", "乱搭乱建", "私搭乱建", "乱搭", "搭棚", "搭建", "棚子"])
            {
                Context = ["街道", "路边", "公共场地", "空地", "门口", "影响市容"],
                Excludes = ["垃圾", "渣土", "绿地", "绿化带", "摆摊", "广告"],
            }),
        new("CG-SR-002", "在城市建筑物、设施上未经批准张挂、张贴宣传品（乱张贴小广告）", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 17, 2), new LegalBasis(CityscapeRegs, 34, Clause: 2),
            Local(Art34),
            CityManagementForms.Advertising,
            new KeywordRule(["小广告", "牛皮癣", "乱张贴", "乱贴", "张贴", "贴广告", "贴满", "张挂", "传单"])
            {
                Context = ["电线杆", "墙上", "楼道", "单元门", "电话", "办证", "开锁", "通下水道"],
                Excludes = ["广告牌", "户外广告", "灯杆广告", "路灯杆上挂"],
            }),
        new("CG-SR-003", "在城市建筑物、设施以及树木上涂写、刻画", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 17, 1), new LegalBasis(CityscapeRegs, 34, Clause: 2),
            Local(Art34),
            CityManagementForms.Advertising,
            new KeywordRule(["涂写", "乱涂乱画", "涂鸦", "刻画", "喷涂", "喷漆", "喷号", "乱写乱画", "乱画"])
            {
                Context = ["墙", "电话号码", "树", "桥", "设施"],
                Excludes = ["张贴", "贴"],
            }),
        // 34（六） is the general rule for goods spilled in transport; muck, sand, coal and similar bulk
        // loads fall under the more specific 大气污染防治法 第一百一十六条 (CG-ZT-002).
        new("CG-SR-004", "运输液体、散装货物不作密封、包扎、覆盖，造成泄漏、遗撒", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 15), new LegalBasis(CityscapeRegs, 34, Clause: 6),
            Local(Art34),
            CityManagementForms.Muck,
            new KeywordRule(["遗撒", "撒漏", "抛洒", "泄漏", "滴漏", "撒了一路", "洒了一路", "漏了一路", "一路洒", "一路撒", "一路漏", "沿路撒", "洒落", "撒落"])
            {
                Context = ["车", "路面", "货车", "泔水", "污水", "一路"],
                Excludes = ["渣土", "泥头车", "土方", "砂石", "沙石", "灰浆", "混凝土", "煤"],
            }),
        new("CG-SR-005", "在城市人民政府规定的街道的临街建筑物的阳台和窗外，堆放、吊挂有碍市容的物品", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 10), new LegalBasis(CityscapeRegs, 34, Clause: 3),
            Local(Art34),
            CityManagementForms.Cityscape,
            new KeywordRule(["窗外晾", "阳台外晾", "沿街晾晒", "临街晾晒", "窗外吊挂", "阳台吊挂", "窗外堆放", "阳台外堆", "晾晒", "晾衣", "吊挂"])
            {
                Context = ["临街", "沿街", "阳台", "窗外", "马路", "被子", "衣服", "有碍市容"],
                Excludes = ["封阳台", "高空抛物", "树上"],
            }),
        new("CG-SR-006", "临街工地不设置护栏或者不作遮挡、停工场地不及时整理并作必要覆盖或者竣工后不及时清理和平整场地", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 16), new LegalBasis(CityscapeRegs, 34, Clause: 7),
            Local(Art34),
            CityManagementForms.Cityscape,
            new KeywordRule(["没有围挡", "未设围挡", "无围挡", "不设围挡", "围挡倒", "没有护栏", "没设护栏", "不作遮挡", "没遮挡", "没覆盖", "未覆盖", "没清理场地", "不平整"])
            {
                Context = ["工地", "施工", "临街", "停工", "竣工", "裸露"],
                Excludes = ["噪音", "噪声", "夜间施工", "渣土车"],
            }),
        new("CG-SR-007", "饲养家畜家禽影响市容和环境卫生", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 33), new LegalBasis(CityscapeRegs, 35),
            Local("责令其限期处理或者予以没收，并可处以罚款"),
            CityManagementForms.Cityscape,
            new KeywordRule(["养鸡", "养鸭", "养鹅", "养兔", "养羊", "养猪", "家禽", "家畜", "鸡叫", "公鸡", "鸡鸭"])
            {
                Context = ["小区", "楼顶", "楼下", "空地", "臭", "粪便", "院子"],
                Excludes = ["养狗", "狗", "猫"],
            }),

        // ---- 生活垃圾 ----
        new("CG-LJ-001", "随意倾倒、抛撒、堆放生活垃圾", Dept, "生活垃圾",
            new LegalBasis(SolidWasteLaw, 49, 2), new LegalBasis(SolidWasteLaw, 111, Clause: 1),
            new PenaltyRange("单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款；单位有前款第二项、第三项、第四项、第五项、第六项行为之一，处十万元以上一百万元以下的罚款；个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元以下的罚款")
            {
                Fine = new FineBand(100, 500),
                OrganisationFine = new FineBand(50000, 500000),
            },
            CityManagementForms.Waste,
            new KeywordRule(["乱倒垃圾", "乱扔垃圾", "乱丢垃圾", "倾倒垃圾", "倒垃圾", "扔垃圾", "垃圾乱堆", "乱堆垃圾", "堆放垃圾", "垃圾堆", "生活垃圾", "垃圾成堆"])
            {
                Context = ["路边", "河边", "空地", "楼道", "臭", "随意", "堆"],
                Excludes = ["建筑垃圾", "装修垃圾", "渣土", "焚烧", "烧垃圾", "分类", "遗撒"],
            })
        {
            SimpleProcedureAllowed = true,   // individuals: 100–500 yuan, so a fine up to 200 yuan is possible
        },
        // 第一百一十一条第三款 sets the organisation band only where 情节严重, and leaves the individual's fine
        // to local rules (依法处以罚款): no individual figure here.
        new("CG-LJ-002", "未在指定的地点分类投放生活垃圾", Dept, "生活垃圾",
            new LegalBasis(SolidWasteLaw, 49, 2), new LegalBasis(SolidWasteLaw, 111, 3),
            new PenaltyRange("情节严重的，对单位处五万元以上五十万元以下的罚款，对个人依法处以罚款")
            {
                OrganisationFine = new FineBand(50000, 500000),
                LocalRule = "个人罚款数额由所在地地方性法规或政府规章规定（本款只规定“依法处以罚款”，且以情节严重为前提）；本系统未收录该地方规定文本，数额待核对",
            },
            CityManagementForms.Waste,
            new KeywordRule(["垃圾分类", "不分类", "没分类", "没有分类", "混投", "混装", "分类投放", "乱投放"])
            {
                Context = ["厨余", "垃圾桶", "投放", "可回收", "其他垃圾"],
            }),

        // ---- 大气污染防治（焚烧）----
        new("CG-DQ-001", "在人口集中地区和其他依法需要特殊保护的区域内焚烧沥青、油毡、橡胶、塑料、皮革、垃圾以及其他产生有毒有害烟尘和恶臭气体的物质", Dept, "大气污染防治",
            new LegalBasis(AirLaw, 82, 1), new LegalBasis(AirLaw, 119, 2),
            new PenaltyRange("责令改正，对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款")
            {
                Fine = new FineBand(500, 2000),
                OrganisationFine = new FineBand(10000, 100000),
            },
            CityManagementForms.Burning,
            new KeywordRule(["烧垃圾", "焚烧垃圾", "烧塑料", "焚烧塑料", "烧轮胎", "烧橡胶", "烧电线", "烧沥青", "烧油毡", "烧皮革", "焚烧"])
            {
                Context = ["臭", "黑烟", "刺鼻", "有毒", "呛"],
                Excludes = ["秸秆", "落叶", "树叶", "烧烤"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
        },
        new("CG-DQ-002", "在人口集中地区露天焚烧秸秆、落叶等产生烟尘污染的物质", Dept, "大气污染防治",
            new LegalBasis(AirLaw, 77), new LegalBasis(AirLaw, 119, 1),
            new PenaltyRange("责令改正，并可以处五百元以上二千元以下的罚款") { Fine = new FineBand(500, 2000) },
            CityManagementForms.Burning,
            new KeywordRule(["焚烧秸秆", "烧秸秆", "秸秆", "烧落叶", "焚烧落叶", "烧树叶", "烧枯草", "烧杂草", "烧荒"])
            {
                Context = ["烟", "呛", "露天", "空地", "地里"],
                Excludes = ["塑料", "轮胎", "橡胶", "烧烤"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
        },

        // ---- 户外广告 ----
        new("CG-GG-001", "未经城市人民政府市容环境卫生行政主管部门同意，擅自设置大型户外广告，影响市容", Dept, "户外广告",
            new LegalBasis(CityscapeRegs, 11, 2), new LegalBasis(CityscapeRegs, 36, Clause: 1),
            Local(Art36),
            CityManagementForms.Advertising,
            new KeywordRule(["户外广告", "大型广告", "广告牌", "广告塔", "立柱广告", "楼顶广告", "墙体广告", "大屏广告", "广告布", "擅自设置广告"])
            {
                Context = ["楼顶", "擅自", "未经批准", "安全", "影响市容", "大"],
                Excludes = ["小广告", "路灯", "灯杆", "天桥", "桥上", "桥梁", "张贴"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("CG-GG-002", "擅自在桥梁或者路灯设施上设置广告牌或者其他挂浮物", Dept, "户外广告",
            new LegalBasis(RoadRegs, 27, Clause: 6), new LegalBasis(RoadRegs, 42),
            Road42(),
            CityManagementForms.Advertising,
            new KeywordRule(["灯杆广告", "路灯广告", "天桥广告", "桥梁广告", "路灯杆上挂", "路灯上挂", "灯杆上挂", "桥上挂", "天桥上挂", "桥栏杆上挂"])
            {
                Context = ["广告", "横幅", "牌", "旗", "挂"],
                Excludes = ["小广告", "张贴", "贴"],
            })
        {
            SimpleProcedureAllowed = true,
        },

        // ---- 城市绿化 ----
        new("CG-LH-001", "损坏城市树木花草", Dept, "城市绿化",
            new LegalBasis(GreeningRegs, 20, 1), new LegalBasis(GreeningRegs, 26, Clause: 1),
            Local(Greening26),
            CityManagementForms.Greening,
            new KeywordRule(["损坏树木", "破坏绿化", "毁坏绿化", "毁坏树木", "毁绿", "踩踏草坪", "践踏草坪", "折树枝", "剥树皮", "拔花", "摘花", "偷挖", "花草被", "树被"])
            {
                Context = ["绿化带", "草坪", "树", "花", "苗木", "小区"],
                Excludes = ["砍", "锯", "伐", "种菜", "停车", "占用"],
            }),
        new("CG-LH-002", "擅自砍伐城市树木", Dept, "城市绿化",
            new LegalBasis(GreeningRegs, 20, 2), new LegalBasis(GreeningRegs, 26, Clause: 2),
            Local(Greening26),
            CityManagementForms.Greening,
            new KeywordRule(["砍伐", "砍树", "伐树", "锯树", "树被砍", "砍了", "砍掉", "锯掉", "锯了"])
            {
                Context = ["树", "行道树", "绿化", "小区", "大树", "棵"],
                Excludes = ["修剪", "剪枝"],
            }),
        new("CG-LH-003", "未经同意擅自占用城市绿化用地", Dept, "城市绿化",
            new LegalBasis(GreeningRegs, 19, 1), new LegalBasis(GreeningRegs, 27),
            Local("责令限期退还、恢复原状，可以并处罚款"),
            CityManagementForms.Greening,
            new KeywordRule(["占用绿地", "侵占绿地", "占用绿化", "占绿", "绿地停车", "绿地里停车", "绿化带停车", "草坪上停车", "毁绿种菜", "绿地种菜", "绿化带种菜", "圈占绿地", "绿地上搭", "绿地里搭", "圈占", "圈地", "种菜"])
            {
                Context = ["绿地", "绿化带", "草坪", "圈", "围", "种菜"],
            }),
    ];
}
