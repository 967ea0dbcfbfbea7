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
/// <para>
/// SimpleProcedureAllowed (行政处罚法 第五十一条) is set only where the band that applies to individuals
/// starts at or below 200 yuan. Where a single band starts above 200 yuan but at or below 3,000 yuan,
/// an organisation could be dealt with on the spot, but an individual could not, so the flag stays false
/// (the general procedure is always lawful). Where the amount is set locally, the flag is false: the
/// national text gives no figure to test against 第五十一条, even where it also allows a warning.
/// </para>
/// <para>
/// Every item is dispatched (派驻执法): city management stations officers at the sub-district.
/// FirstOffenceExemption (首违不罚, 行政处罚法 第三十三条第一款) is on for minor 市容/环卫 conduct that is
/// corrected on the spot (clearing, removing, cleaning up), and off where the harm is to safety (open
/// pits, missing manhole covers, heavy vehicles on the road), is irreversible (felling trees, demolishing
/// sanitation facilities), or is large-scale (construction waste, muck trucks, large billboards,
/// toxic burning). The flag only makes the exemption available: whether the harm was slight and promptly
/// corrected is still decided case by case.
/// </para>
/// </remarks>
internal static class CityManagementItems
{
    private const string Dept = CityManagementModule.ModuleKey;

    private const string CityscapeRegs = "城市市容和环境卫生管理条例";
    private const string GreeningRegs = "城市绿化条例";
    private const string RoadRegs = "城市道路管理条例";
    private const string AirLaw = "大气污染防治法";
    private const string SolidWasteLaw = "固体废物污染环境防治法";

    private const DelegationMode Dispatched = DelegationMode.Dispatched;

    /// <summary>For articles that say only 可以并处罚款 / 并可处以罚款.</summary>
    private const string LocalAmount =
        "罚款数额由所在地地方性法规或政府规章规定（国家条例未定数额）；本系统未收录该地方规定文本，数额待核对";

    // The penalty words of 城市市容和环境卫生管理条例 第三十四条, 第三十六条 and 城市绿化条例 第二十六条.
    private const string Art34 = "除责令其纠正违法行为、采取补救措施外，可以并处警告、罚款";
    private const string Art36 = "责令其停止违法行为，限期清理、拆除或者采取其他补救措施，并可处以罚款";
    private const string Greening26 = "责令停止侵害，可以并处罚款";

    // 固体废物污染环境防治法 第一百一十一条第二款: the bands of 111（一）（七） for organisations and individuals.
    private const string SolidWaste111Bands =
        "单位有前款第一项、第七项行为之一，处五万元以上五十万元以下的罚款；单位有前款第二项、第三项、第四项、第五项、第六项行为之一，处十万元以上一百万元以下的罚款；个人有前款第一项、第五项、第七项行为之一，处一百元以上五百元以下的罚款";

    // Words that mark a complaint as 违法建设 (城乡规划法, the planning module), not a structure on a street.
    private static readonly string[] UnlawfulBuildingWords =
        ["违章建筑", "违建", "违法建设", "违法建筑", "楼顶", "顶楼", "屋顶", "天台", "加盖", "加层", "临时建筑", "板房", "规划"];

    // Words that send a dumping complaint to the drainage facilities (城镇排水与污水处理条例, water affairs).
    private static readonly string[] DrainWords = ["下水道", "雨水井", "雨水口", "窨井", "排水管", "检查井"];

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
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // a first-time stall that stops when told: transient smoke
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
                Excludes = DrainWords,   // into a drain or gully: 城镇排水与污水处理条例 第四十二条（四） (water affairs)
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },
        new("CG-ZT-002", "运输煤炭、垃圾、渣土、砂石、土方、灰浆等散装、流体物料的车辆未采取密闭或者其他措施防止物料遗撒", Dept, "渣土",
            new LegalBasis(AirLaw, 70, 1), new LegalBasis(AirLaw, 116),
            new PenaltyRange("责令改正，处二千元以上二万元以下的罚款；拒不改正的，车辆不得上道路行驶") { Fine = new FineBand(2000, 20000) },
            CityManagementForms.Muck,
            new KeywordRule(["渣土车", "泥头车", "土方车", "砂石车", "沙石车", "运煤车", "搅拌车", "罐车", "未密闭", "没有密闭", "没盖", "不盖", "篷布"])
            {
                Context = ["遗撒", "撒", "掉", "扬尘", "路面", "一路", "泥", "灰"],
                Excludes = ["偷倒", "倾倒", "乱倒", "重污染"],   // dumping is CG-ZT-001
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // a trade of repeat offenders; dust and road safety
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
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
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
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // the road is damaged; restoration is not a prompt correction
        },
        new("CG-DL-003", "履带车、铁轮车或者超重、超高、超长车辆擅自在城市道路上行驶", Dept, "城市道路",
            new LegalBasis(RoadRegs, 27, Clause: 2), new LegalBasis(RoadRegs, 42),
            Road42(),
            CityManagementForms.RoadFacility,
            new KeywordRule(["履带车", "铁轮车", "履带", "铁轮", "挖掘机上路", "挖机上路", "挖掘机开上", "挖机开上", "开着挖掘机", "开着挖机", "超重车", "超高车", "超长车", "超限车"])
            {
                Context = ["马路", "路面", "压坏", "城市道路", "行驶", "开过", "印子", "压出"],
                Excludes = ["黑烟", "冒烟", "尾气", "渣土车", "泥头车"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // damage to the road surface and to traffic safety
        },
        new("CG-DL-004", "未在城市道路施工现场设置明显标志和安全防围设施", Dept, "城市道路",
            new LegalBasis(RoadRegs, 35), new LegalBasis(RoadRegs, 42, Clause: 2),
            Road42(),
            CityManagementForms.RoadFacility,
            new KeywordRule(["没有警示标志", "没设警示标志", "没有警示牌", "没有警示灯", "没有提示牌", "没有反光锥", "没有锥桶", "无警示", "坑没有围", "坑边没有", "没有防护栏", "没有安全防护", "没围起来", "路上挖了坑", "挖了个大坑"])
            {
                Context = ["马路", "路面", "人行道", "路上", "道路", "坑", "施工", "晚上", "摔", "危险"],
                Excludes = ["临街工地", "建筑工地", "楼盘", "工地围挡"],   // building sites' hoarding: CG-SR-006
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // an open pit without warning is a danger to the public
        },
        new("CG-DL-005", "未对设在城市道路上的各种管线的检查井、箱盖或者城市道路附属设施的缺损及时补缺或者修复", Dept, "城市道路",
            new LegalBasis(RoadRegs, 23), new LegalBasis(RoadRegs, 42, Clause: 1),
            Road42(),
            CityManagementForms.RoadFacility,
            new KeywordRule(["井盖", "窨井盖", "检查井", "下水井盖", "没有井盖", "箱盖", "电缆井", "井口"])
            {
                Context = ["丢了", "丢失", "破", "坏", "缺", "松动", "塌", "掉进", "危险", "马路", "人行道", "路面", "响"],
                Excludes = ["倒进", "倾倒", "往里倒", "泥浆", "偷排", "排进"],   // dumping into drains: water affairs
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // a missing or broken cover is a danger to the public
        },

        // ---- 市容环卫 ----
        // 市容 36（二） is about structures and materials on streets and public places. 违法建设 on rooftops,
        // yards and buildings (城乡规划法 第四十条/第六十四条) is the planning module's: its words veto this item.
        new("CG-SR-001", "未经批准擅自在街道两侧和公共场地堆放物料，搭建建筑物、构筑物或者其他设施，影响市容", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 14), new LegalBasis(CityscapeRegs, 36, Clause: 2),
            Local(Art36),
            CityManagementForms.StreetOccupation,
            new KeywordRule(["堆放物料", "乱堆乱放", "堆物", "乱堆", "乱搭乱建", "私搭乱建", "乱搭", "搭棚", "搭建", "棚子"])
            {
                Context = ["街道", "路边", "公共场地", "空地", "门口", "影响市容", "人行道", "街边"],
                Excludes = ["垃圾", "渣土", "绿地", "绿化带", "摆摊", "广告", .. UnlawfulBuildingWords],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // cleared or removed on order
        },
        new("CG-SR-002", "在城市建筑物、设施上未经批准张挂、张贴宣传品（乱张贴小广告）", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 17, 2), new LegalBasis(CityscapeRegs, 34, Clause: 2),
            Local(Art34),
            CityManagementForms.Advertising,
            new KeywordRule(["小广告", "牛皮癣", "乱张贴", "乱贴", "张贴", "贴广告", "贴满", "张挂", "传单"])
            {
                Context = ["电线杆", "墙上", "楼道", "单元门", "电话", "办证", "开锁", "通下水道"],
                Excludes = ["广告牌", "户外广告", "灯杆广告", "路灯杆上挂"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        new("CG-SR-003", "在城市建筑物、设施以及树木上涂写、刻画", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 17, 1), new LegalBasis(CityscapeRegs, 34, Clause: 2),
            Local(Art34),
            CityManagementForms.Advertising,
            new KeywordRule(["涂写", "乱涂乱画", "涂鸦", "刻画", "喷涂", "喷漆", "喷号", "乱写乱画", "乱画"])
            {
                Context = ["墙", "电话号码", "树", "桥", "设施"],
                Excludes = ["张贴", "贴"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        // 34（六） is the general rule for goods spilled in transport; muck, sand, coal and similar bulk
        // loads fall under the more specific 大气污染防治法 第一百一十六条 (CG-ZT-002), household waste under
        // 固体废物污染环境防治法 第一百一十一条（七） (CG-LJ-003).
        new("CG-SR-004", "运输液体、散装货物不作密封、包扎、覆盖，造成泄漏、遗撒", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 15), new LegalBasis(CityscapeRegs, 34, Clause: 6),
            Local(Art34),
            CityManagementForms.Muck,
            new KeywordRule(["遗撒", "撒漏", "抛洒", "泄漏", "滴漏", "撒了一路", "洒了一路", "漏了一路", "一路洒", "一路撒", "一路漏", "沿路撒", "洒落", "撒落"])
            {
                Context = ["车", "路面", "货车", "泔水", "污水", "一路"],
                Excludes = ["渣土", "泥头车", "土方", "砂石", "沙石", "灰浆", "混凝土", "煤", "垃圾车", "清运车", "运垃圾", "拉垃圾"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // cleaned up on the spot
        },
        new("CG-SR-005", "在城市人民政府规定的街道的临街建筑物的阳台和窗外，堆放、吊挂有碍市容的物品", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 10), new LegalBasis(CityscapeRegs, 34, Clause: 3),
            Local(Art34),
            CityManagementForms.Cityscape,
            new KeywordRule(["窗外晾", "阳台外晾", "沿街晾晒", "临街晾晒", "窗外吊挂", "阳台吊挂", "窗外堆放", "阳台外堆", "晾晒", "晾衣", "吊挂"])
            {
                Context = ["临街", "沿街", "阳台", "窗外", "马路", "被子", "衣服", "有碍市容"],
                Excludes = ["封阳台", "高空抛物", "树上"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        new("CG-SR-006", "临街工地不设置护栏或者不作遮挡、停工场地不及时整理并作必要覆盖或者竣工后不及时清理和平整场地", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 16), new LegalBasis(CityscapeRegs, 34, Clause: 7),
            Local(Art34),
            CityManagementForms.Cityscape,
            new KeywordRule(["没有围挡", "未设围挡", "无围挡", "不设围挡", "围挡倒", "没有护栏", "没设护栏", "不作遮挡", "没遮挡", "没覆盖", "未覆盖", "没清理场地", "不平整"])
            {
                Context = ["工地", "施工", "临街", "停工", "竣工", "裸露"],
                Excludes = ["噪音", "噪声", "夜间施工", "渣土车", "挖的坑", "坑边", "路上挖", "重污染"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // hoarding put up or the site covered on order
        },
        new("CG-SR-007", "饲养家畜家禽影响市容和环境卫生", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 33), new LegalBasis(CityscapeRegs, 35),
            Local("责令其限期处理或者予以没收，并可处以罚款"),
            CityManagementForms.Cityscape,
            new KeywordRule(["养鸡", "养鸭", "养鹅", "养兔", "养羊", "养猪", "家禽", "家畜", "鸡叫", "公鸡", "鸡鸭"])
            {
                Context = ["小区", "楼顶", "楼下", "空地", "臭", "粪便", "院子"],
                Excludes = ["养狗", "狗", "猫"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        new("CG-SR-008", "随地吐痰、便溺，乱扔果皮、纸屑和烟头等废弃物", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 32), new LegalBasis(CityscapeRegs, 34, Clause: 1),
            Local(Art34),
            CityManagementForms.Cityscape,
            new KeywordRule(["随地吐痰", "吐痰", "随地大小便", "随地小便", "当街小便", "随处小便", "随地便溺", "便溺", "乱扔烟头", "乱丢烟头", "扔烟头", "烟头", "乱扔果皮", "果皮", "乱扔纸屑", "纸屑"])
            {
                Context = ["路边", "街上", "墙角", "公共场所", "随地", "乱扔", "乱丢", "广场", "公交站"],
                Excludes = ["垃圾桶被", "果皮箱被", "焚烧", "车窗", "车里", "车上扔"],   // from a vehicle: traffic police (JJ-JD-006)
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        new("CG-SR-009", "不按规定的时间、地点、方式倾倒垃圾、粪便", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 28, 2), new LegalBasis(CityscapeRegs, 34, Clause: 4),
            Local(Art34),
            CityManagementForms.Waste,
            new KeywordRule(["倒粪", "倾倒粪便", "粪便乱倒", "乱倒粪便", "粪水", "吸粪车", "抽粪", "掏粪", "倒马桶", "不按时间倒垃圾", "不按规定时间倒垃圾", "不按时倒垃圾", "不在规定时间", "垃圾不按时"])
            {
                Context = ["乱倒", "路边", "河", "臭", "半夜", "时间", "地点"],
                Excludes = ["养鸡", "养鸭", "家禽", "家畜"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        new("CG-SR-010", "不履行卫生责任区清扫保洁义务或者不按规定清运、处理垃圾和粪便", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 25), new LegalBasis(CityscapeRegs, 34, Clause: 5),
            Local(Art34),
            CityManagementForms.Cityscape,
            new KeywordRule(["门前三包", "门前责任区", "卫生责任区", "清扫保洁", "不打扫", "没人打扫", "没人扫", "不清扫", "没人清扫", "没人保洁", "垃圾不清运", "没人清运", "垃圾没人拉", "垃圾没人收", "几天没清"])
            {
                Context = ["门前", "门口", "店", "单位", "脏", "臭", "好几天", "责任区", "垃圾"],
                Excludes = ["物业"],   // a residential estate's cleaning is the property manager's (housing)
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        new("CG-SR-011", "未经批准擅自拆除环境卫生设施或者未按批准的拆迁方案进行拆迁", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 22), new LegalBasis(CityscapeRegs, 36, Clause: 3),
            Local(Art36),
            CityManagementForms.SanitationFacility,
            new KeywordRule(["拆除垃圾房", "拆了垃圾房", "垃圾房拆了", "垃圾房被拆", "垃圾站被拆", "拆了垃圾站", "垃圾站拆了", "公厕拆了", "厕所拆了", "垃圾中转站被拆", "公厕被拆", "拆了公厕", "公共厕所被拆", "拆公厕", "厕所被拆", "拆了厕所", "撤掉垃圾桶", "垃圾桶被撤", "拆除环卫设施", "环卫设施被拆"])
            {
                Context = ["擅自", "没有审批", "没经过批准", "没批准", "拆迁", "开发商", "施工"],
                Excludes = ["砸", "偷"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // a demolished facility is not restored by a prompt correction
        },
        // 第三十八条 both forbids and penalises (the reviewed table finds no separate prohibition article).
        new("CG-SR-012", "损坏各类环境卫生设施及其附属设施", Dept, "市容环卫",
            new LegalBasis(CityscapeRegs, 38), new LegalBasis(CityscapeRegs, 38),
            Local("除责令其恢复原状外，可以并处罚款"),
            CityManagementForms.SanitationFacility,
            new KeywordRule(["垃圾桶被砸", "砸坏垃圾桶", "垃圾桶被烧", "烧垃圾桶", "垃圾桶被踢", "垃圾桶被弄坏", "损坏垃圾桶", "果皮箱被", "垃圾箱被", "公厕被砸", "砸坏公厕", "公厕设施被", "损坏公厕", "损坏环卫设施", "环卫设施被损坏", "垃圾房被砸"])
            {
                Context = ["垃圾桶", "果皮箱", "公厕", "厕所", "垃圾箱", "环卫", "故意", "晚上"],
                Excludes = ["拆"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // damage to public property; may also be a 治安 matter (第三十八条)
        },

        // ---- 生活垃圾 ----
        new("CG-LJ-001", "随意倾倒、抛撒、堆放生活垃圾", Dept, "生活垃圾",
            new LegalBasis(SolidWasteLaw, 49, 2), new LegalBasis(SolidWasteLaw, 111, Clause: 1),
            new PenaltyRange(SolidWaste111Bands)
            {
                Fine = new FineBand(100, 500),
                OrganisationFine = new FineBand(50000, 500000),
            },
            CityManagementForms.Waste,
            new KeywordRule(["乱倒垃圾", "乱扔垃圾", "乱丢垃圾", "倾倒垃圾", "倒垃圾", "扔垃圾", "垃圾乱堆", "乱堆垃圾", "堆放垃圾", "垃圾堆", "生活垃圾", "垃圾成堆"])
            {
                Context = ["路边", "河边", "空地", "楼道", "臭", "随意", "堆"],
                Excludes = ["建筑垃圾", "装修垃圾", "渣土", "焚烧", "烧垃圾", "分类", "遗撒", "垃圾车", "清运车", "运垃圾", "拉垃圾",
                            "没人清运", "没人收", "没人拉", "门前三包", "不按时间", "不按时", "规定时间", .. DrainWords],
            })
        {
            SimpleProcedureAllowed = true,   // individuals: 100–500 yuan, so a fine up to 200 yuan is possible
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,    // a bag of household rubbish, picked up on order
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
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        // 第二十条第一款 forbids 遗撒 by those who transport solid waste (the reviewed table's choice).
        new("CG-LJ-003", "在运输过程中沿途丢弃、遗撒生活垃圾", Dept, "生活垃圾",
            new LegalBasis(SolidWasteLaw, 20, 1), new LegalBasis(SolidWasteLaw, 111, Clause: 7),
            new PenaltyRange(SolidWaste111Bands)
            {
                Fine = new FineBand(100, 500),
                OrganisationFine = new FineBand(50000, 500000),
            },
            CityManagementForms.Muck,
            new KeywordRule(["垃圾车", "垃圾清运车", "垃圾运输车", "清运车", "运垃圾的车", "拉垃圾的车", "垃圾三轮车", "运垃圾", "拉垃圾"])
            {
                Context = ["一路", "撒", "掉", "漏", "滴", "洒", "沿途", "沿路", "路面", "臭水", "污水", "丢"],
                Excludes = ["渣土", "建筑垃圾", "装修垃圾", "泥头车", "泔水", "没人清运", "没人拉", "噪音", "吵"],
            })
        {
            SimpleProcedureAllowed = true,   // individuals: 100–500 yuan
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,    // cleaned up on the spot
        },

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
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // toxic smoke
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
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,    // a small fire of leaves put out on order
        },

        // ---- 户外广告 ----
        new("CG-GG-001", "未经城市人民政府市容环境卫生行政主管部门同意，擅自设置大型户外广告，影响市容", Dept, "户外广告",
            new LegalBasis(CityscapeRegs, 11, 2), new LegalBasis(CityscapeRegs, 36, Clause: 1),
            Local(Art36),
            CityManagementForms.Advertising,
            new KeywordRule(["户外广告", "大型广告", "广告牌", "广告塔", "立柱广告", "楼顶广告", "墙体广告", "大屏广告", "广告布", "擅自设置广告"])
            {
                Context = ["楼顶", "擅自", "未经批准", "安全", "影响市容", "大"],
                Excludes = ["小广告", "路灯", "灯杆", "天桥", "桥上", "桥梁", "张贴", "香烟", "烟草"],   // tobacco ads: 广告法 (GS-GG-007)
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // a large structure with a safety risk, not a minor matter
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
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,    // banners and boards taken down on order
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
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,    // trampled lawn, picked flowers: slight and restorable
        },
        new("CG-LH-002", "擅自砍伐城市树木", Dept, "城市绿化",
            new LegalBasis(GreeningRegs, 20, 2), new LegalBasis(GreeningRegs, 26, Clause: 2),
            Local(Greening26),
            CityManagementForms.Greening,
            new KeywordRule(["砍伐", "砍树", "伐树", "锯树", "树被砍", "砍了", "砍掉", "锯掉", "锯了"])
            {
                Context = ["树", "行道树", "绿化", "小区", "大树", "棵"],
                Excludes = ["修剪", "剪枝"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // a felled tree cannot be put back
        },
        new("CG-LH-003", "未经同意擅自占用城市绿化用地", Dept, "城市绿化",
            new LegalBasis(GreeningRegs, 19, 1), new LegalBasis(GreeningRegs, 27),
            Local("责令限期退还、恢复原状，可以并处罚款"),
            CityManagementForms.Greening,
            new KeywordRule(["占用绿地", "侵占绿地", "占用绿化", "占绿", "绿地停车", "绿地里停车", "绿化带停车", "草坪上停车", "毁绿种菜", "绿地种菜", "绿化带种菜", "圈占绿地", "绿地上搭", "绿地里搭", "圈占", "圈地", "种菜"])
            {
                Context = ["绿地", "绿化带", "草坪", "圈", "围", "种菜"],
            })
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,    // vegetables pulled out, fence removed, land restored
        },
    ];
}
