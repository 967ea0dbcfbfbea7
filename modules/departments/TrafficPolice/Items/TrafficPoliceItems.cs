using Enforcement.Modules.TrafficPolice.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.TrafficPolice.Items;

/// <summary>
/// The traffic-police items a sub-district brigade meets: parking, the traffic of motor vehicles,
/// non-motor vehicles and pedestrians in residential streets, plates and marks, and things put on or
/// over the road. Citations follow the texts in shared/reference/statutes.
/// </summary>
/// <remarks>
/// <para>Most penalties are the general ranges of 道路交通安全法: 第八十九条 (行人、乘车人、非机动车驾驶人:
/// 警告或者五元以上五十元以下), 第九十条 (机动车驾驶人: 警告或者二十元以上二百元以下) and 第九十三条第二款
/// (停放: 二十元以上二百元以下). 实施条例 第一百零二条 sends its own rules to those articles, so an item that
/// breaks the 条例 cites the 条例 as violated and the 法 as the penalty basis.</para>
/// <para>第一百二十三条 lets the province fix the amount within the national range; the national range is what
/// is stated here.</para>
/// <para>SimpleProcedureAllowed follows 行政处罚法 第五十一条 and 道路交通安全法 第一百零七条 (警告、二百元以下罚款
/// on the spot): true where the individual band reaches down to 200 yuan or a warning is available, including
/// 第九十五条, whose penalty is 第九十条's. 第一百零四条第二款 sets no penalty (an order only), so it is false there.</para>
/// </remarks>
internal static class TrafficPoliceItems
{
    private const string Dept = TrafficPoliceModule.ModuleKey;

    private const string Law = "道路交通安全法";
    private const string Regs = "道路交通安全法实施条例";

    // ---- the penalty provisions ----

    private static LegalBasis Art89 => new(Law, 89);
    private static LegalBasis Art90 => new(Law, 90);
    private static LegalBasis Art93 => new(Law, 93, 2);

    /// <summary>第八十九条: pedestrians and passengers.</summary>
    private static PenaltyRange Pedestrian() =>
        new("处警告或者五元以上五十元以下罚款") { Fine = new FineBand(5, 50) };

    /// <summary>第八十九条: non-motor vehicle riders, whose vehicle may be held when they refuse the fine.</summary>
    private static PenaltyRange Rider() =>
        new("处警告或者五元以上五十元以下罚款；非机动车驾驶人拒绝接受罚款处罚的，可以扣留其非机动车") { Fine = new FineBand(5, 50) };

    /// <summary>第九十条: motor vehicle drivers.</summary>
    private static PenaltyRange Driver() =>
        new("处警告或者二十元以上二百元以下罚款") { Fine = new FineBand(20, 200) };

    /// <summary>第九十三条第二款: parked or stopped vehicles whose driver is absent or will not move.</summary>
    private static PenaltyRange Parking() =>
        new("处二十元以上二百元以下罚款，并可以将该机动车拖移至不妨碍交通的地点或者公安机关交通管理部门指定的地点停放")
            { Fine = new FineBand(20, 200) };

    // Vehicles on the pavement, in green space or in fire lanes belong to other items or departments.
    private static readonly string[] NonMotorWords = ["共享单车", "电动车", "电瓶车", "电动自行车", "自行车", "非机动车", "三轮车"];
    private static readonly string[] OtherDepartments = ["绿地", "绿化带", "草坪", "消防通道", "消防车通道", "楼道", "充电"];

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ======== 停车管理 (第五十六条、第五十九条; 条例 第六十三条) ========
        new("JJ-TC-001", "机动车未在规定地点停放（违法停车）", Dept, "停车管理",
            new LegalBasis(Law, 56, 1), Art93, Parking(),
            TrafficPoliceForms.Parking,
            new KeywordRule(["违法停车", "违章停车", "乱停车", "乱停", "违停", "乱停放", "随意停放", "乱停乱放", "停车", "堵门口", "堵大门"])
            {
                Context = ["小区门口", "门口", "大门", "堵", "出不去", "进不去", "没人管", "天天", "汽车", "私家车", "车辆"],
                Excludes = [.. NonMotorWords, .. OtherDepartments, "人行道", "盲道", "禁停", "黄线", "公交站", "公交车站", "站台", "消防栓", "斑马线", "人行横道", "并排", "路口"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-TC-002", "在人行道上停放机动车", Dept, "停车管理",
            new LegalBasis(Law, 56, 1), Art93, Parking(),
            TrafficPoliceForms.Parking,
            new KeywordRule(["人行道上停", "停在人行道", "人行道停车", "人行道上都是车", "人行道被车占", "车停人行道", "开上人行道", "人行道上乱停", "人行道乱停", "人行道上违停", "人行道违停", "盲道上停", "盲道上乱停", "停在盲道", "占用盲道", "占了盲道"])
            {
                Context = ["人行道", "盲道", "汽车", "私家车", "行人", "走不了", "马路上走", "轿车"],
                Excludes = [.. NonMotorWords, .. OtherDepartments, "摆摊", "地摊", "占道经营"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-TC-003", "在道路上临时停车妨碍其他车辆和行人通行", Dept, "停车管理",
            new LegalBasis(Law, 56, 2), Art93, Parking(),
            TrafficPoliceForms.Parking,
            new KeywordRule(["并排停", "并排", "双排停", "临时停车", "临停", "停在路中间", "停在马路中间", "路中间停", "开着双闪", "打着双闪"])
            {
                Context = ["接孩子", "送孩子", "上下客", "接人", "过不去", "堵", "后面的车", "学校门口", "一停就是"],
                Excludes = [.. NonMotorWords, .. OtherDepartments, "吵", "噪音"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-TC-004", "在设有禁停标志、标线的路段以及人行横道、施工地段停车", Dept, "停车管理",
            new LegalBasis(Regs, 63, Clause: 1), Art93, Parking(),
            TrafficPoliceForms.Parking,
            new KeywordRule(["禁停", "禁止停车", "禁停标志", "禁停路段", "禁停牌", "不准停车", "不许停车", "黄线", "黄色网格", "网格线", "斑马线上停", "斑马线上乱停", "斑马线上违停", "人行横道上停", "人行横道上乱停"])
            {
                Context = ["标志", "标线", "路边", "一排", "停满", "照样停", "还是停", "牌子"],
                Excludes = [.. NonMotorWords, .. OtherDepartments, "被人拔", "挪走", "被砸"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-TC-005", "在交叉路口、急弯路、宽度不足4米的窄路、桥梁、陡坡、隧道以及距离上述地点50米以内的路段停车", Dept, "停车管理",
            new LegalBasis(Regs, 63, Clause: 2), Art93, Parking(),
            TrafficPoliceForms.Parking,
            new KeywordRule(["路口停车", "停在路口", "路口停", "路口乱停", "转弯处停", "拐弯处停", "拐角处停", "弯道停", "弯道上停", "桥上停", "窄路停", "窄路上停", "路口处停"])
            {
                Context = ["十字路口", "视线", "转弯", "拐弯", "危险", "看不见", "差点撞", "停"],
                Excludes = [.. NonMotorWords, .. OtherDepartments, "闯红灯", "红绿灯", "信号灯", "标志牌", "井盖", "施工", "逆行", "护栏", "禁行", "斑马线"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        // 条例 63（三）covers 消防栓 and 消防队（站）门前; blocked fire lanes are 消防法 (fire rescue), excluded here.
        new("JJ-TC-006", "在公共汽车站、急救站、加油站、消防栓或者消防队（站）门前以及距离上述地点30米以内的路段停车", Dept, "停车管理",
            new LegalBasis(Regs, 63, Clause: 3), Art93, Parking(),
            TrafficPoliceForms.Parking,
            new KeywordRule(["公交站", "公交车站", "公交站台", "站台", "消防栓", "急救站", "消防队门口", "消防站门口", "加油站门口"])
            {
                Context = ["停", "私家车", "进不了站", "进站", "占", "堵", "挡"],
                Excludes = [.. NonMotorWords, .. OtherDepartments, "广告", "候车亭"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-TC-007", "非机动车未在规定地点停放或者停放妨碍其他车辆和行人通行", Dept, "停车管理",
            new LegalBasis(Law, 59), Art89, Rider(),
            TrafficPoliceForms.NonMotor,
            new KeywordRule(["共享单车", "共享电单车", "单车乱停", "电动车乱停", "电瓶车乱停", "自行车乱停", "非机动车乱停", "乱停的电动车", "电动车停", "电瓶车停", "自行车停"])
            {
                Context = ["堵", "人行道", "盲道", "路口", "地铁站", "门口", "一大片", "乱停", "挡", "乱放"],
                Excludes = ["充电", "楼道", "飞线", "楼梯间", "电梯"],   // charging and stairwells: fire rescue
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },

        // ======== 机动车通行 (第九十条) ========
        // 噪声污染防治法 第七十九条 sends horn and modified-exhaust noise to the traffic police under the road traffic laws.
        new("JJ-JD-001", "在禁止鸣喇叭的区域或者路段鸣喇叭", Dept, "机动车通行",
            new LegalBasis(Regs, 62, Clause: 8), Art90, Driver(),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["按喇叭", "鸣喇叭", "摁喇叭", "按车喇叭", "鸣笛", "乱鸣笛", "禁鸣", "滴滴滴"])
            {
                Context = ["汽车", "车", "司机", "禁鸣", "小区", "医院", "学校", "晚上", "半夜", "吵"],
                Excludes = ["高音喇叭", "大喇叭", "广播", "叫卖", "促销", "收废品", "店"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Video, EvidenceKind.Audio],
        },
        new("JJ-JD-002", "在单位院内、居民居住区内未低速行驶、避让行人", Dept, "机动车通行",
            new LegalBasis(Regs, 67), Art90, Driver(),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["开得飞快", "开得太快", "开太快", "开那么快", "开得快", "车速太快", "车速很快", "开飞车", "不减速"])
            {
                Context = ["小区里", "小区内", "院子里", "院里", "居民区", "小孩", "老人", "撞", "汽车", "车"],
                Excludes = [.. NonMotorWords, "外卖", "快递", "骑", "斑马线", "人行横道", "炸街", "改装"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Video],
        },
        new("JJ-JD-003", "机动车行经人行横道未减速行驶，或者遇行人正在通过人行横道未停车让行", Dept, "机动车通行",
            new LegalBasis(Law, 47, 1), Art90, Driver(),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["不礼让行人", "不让行人", "礼让行人", "斑马线", "人行横道", "不停车让行", "抢行"])
            {
                Context = ["学校门口", "过马路", "行人", "车子", "汽车", "差点撞", "不减速", "孩子"],
                Excludes = [.. NonMotorWords, "停车", "停在", "停着", "停满"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Video],
        },
        new("JJ-JD-004", "机动车逆向行驶（未实行右侧通行）", Dept, "机动车通行",
            new LegalBasis(Law, 35), Art90, Driver(),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["逆行", "逆向行驶", "单行道", "单行线", "反方向开", "倒着开"])
            {
                Context = ["汽车", "小车", "私家车", "货车", "出租车", "单行", "天天"],
                Excludes = [.. NonMotorWords, "骑车", "骑行", "外卖", "快递", "行人"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Video],
        },
        new("JJ-JD-005", "机动车不按照交通信号通行（闯红灯、违反禁令标志闯禁行）", Dept, "机动车通行",
            new LegalBasis(Law, 38), Art90, Driver(),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["闯禁行", "禁行", "闯红灯", "限行", "禁止驶入", "禁止通行", "禁止货车", "货车禁行", "禁止左转", "禁止掉头"])
            {
                Context = ["大货车", "货车", "汽车", "白天", "红绿灯", "路口", "标志", "照样开"],
                Excludes = [.. NonMotorWords, "行人", "骑车", "骑行", "被人拔", "被砸", "挡住"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Video],
        },
        new("JJ-JD-006", "驾驶机动车向道路上抛撒物品", Dept, "机动车通行",
            new LegalBasis(Regs, 62, Clause: 5), Art90, Driver(),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["车窗扔", "车窗往外扔", "车窗外扔", "窗外扔", "从车里扔", "车里往外扔", "车上扔", "车上往下扔", "往车外扔", "向车外", "车窗抛", "车里丢"])
            {
                Context = ["开车", "司机", "垃圾", "烟头", "路上", "马路", "汽车"],
                Excludes = ["高空抛物", "楼上", "阳台", "窗户往下"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Video],
        },
        // 第五十一条 binds motorcycles only; helmets on electric bicycles rest on local rules, so they are excluded.
        new("JJ-JD-007", "摩托车驾驶人及乘坐人员未按规定戴安全头盔", Dept, "机动车通行",
            new LegalBasis(Law, 51), Art90, Driver(),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["不戴头盔", "没戴头盔", "未戴头盔", "没有戴头盔", "不带头盔", "没带头盔", "头盔"])
            {
                Context = ["摩托车", "摩托", "骑摩托", "后座", "机车"],
                Excludes = ["电动车", "电瓶车", "电动自行车", "自行车"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        // The driving of a vehicle altered from its registration (炸街) is cited 第十六条第（一）项 with 第九十条,
        // as 噪声污染防治法 第七十九条 sends it to the road traffic laws; 第十六条 itself sets no penalty.
        new("JJ-JD-008", "驾驶擅自改变已登记的结构、构造或者特征的机动车上道路行驶（改装排气、炸街）", Dept, "机动车通行",
            new LegalBasis(Law, 16, Clause: 1), Art90, Driver(),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["炸街", "改装车", "改装排气", "改装的车", "排气管", "轰油门", "轰鸣", "飙车", "拆了消声器", "消声器"])
            {
                Context = ["半夜", "深夜", "凌晨", "晚上", "吵", "摩托", "跑车", "马路", "睡不着"],
                Excludes = ["工厂", "工地", "车间", "机器"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Video, EvidenceKind.Audio],
        },
        new("JJ-JD-009", "非法安装警报器、标志灯具", Dept, "机动车通行",
            new LegalBasis(Law, 15, 1), new LegalBasis(Law, 97),
            new PenaltyRange("由公安机关交通管理部门强制拆除，予以收缴，并处二百元以上二千元以下罚款") { Fine = new FineBand(200, 2000) },
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["警灯", "爆闪灯", "爆闪", "警报器", "警笛", "拉警报", "装警报", "红蓝灯", "私装警灯"])
            {
                Context = ["私家车", "改装", "装了", "冒充", "闪", "吓人"],
                Excludes = ["执行任务", "救护车", "消防车"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video],
        },

        // ======== 机动车牌证 (第十一条、第十六条; 第九十五条、第九十六条) ========
        new("JJ-PZ-001", "上道路行驶的机动车未悬挂机动车号牌", Dept, "机动车牌证",
            new LegalBasis(Law, 11, 1), new LegalBasis(Law, 95, 1),
            new PenaltyRange("公安机关交通管理部门应当扣留机动车，通知当事人提供相应的牌证、标志或者补办相应手续，并可以依照本法第九十条的规定予以处罚"),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["没挂牌", "不挂牌", "没有挂牌", "没牌照", "没有牌照", "无牌照", "无牌", "没上牌", "未上牌", "无号牌", "没有号牌", "没有车牌", "没车牌"])
            {
                Context = ["汽车", "车", "开", "上路", "小区", "进出"],
                Excludes = [.. NonMotorWords, "遮", "挡"],
            })
        {
            SimpleProcedureAllowed = true,   // 第九十条: 警告或者二十元以上二百元以下
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-PZ-002", "故意遮挡、污损或者不按规定安装机动车号牌", Dept, "机动车牌证",
            new LegalBasis(Law, 11, 2), new LegalBasis(Law, 95, 2),
            new PenaltyRange("故意遮挡、污损或者不按规定安装机动车号牌的，依照本法第九十条的规定予以处罚"),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["遮挡号牌", "遮挡车牌", "挡住车牌", "挡住号牌", "车牌挡", "号牌挡", "遮住车牌", "遮住号牌", "污损号牌", "污损车牌", "把车牌", "把号牌", "车牌被涂", "车牌贴", "号牌贴", "车牌倒挂", "车牌放在车里"])
            {
                Context = ["车牌", "号牌", "故意", "遮", "挡", "贴", "泥", "摄像头"],
                Excludes = [.. NonMotorWords, "套牌", "被套"],
            })
        {
            SimpleProcedureAllowed = true,   // 第九十条: 警告或者二十元以上二百元以下
            RequiredEvidence = [EvidenceKind.Photo],
        },
        // A vehicle overdue for inspection carries no valid 检验合格标志; 第九十五条第一款 is the provision that
        // names the missing mark (第十三条, the duty to be inspected, sets no penalty of its own).
        new("JJ-PZ-003", "上道路行驶的机动车未放置检验合格标志、保险标志（含逾期未年检）", Dept, "机动车牌证",
            new LegalBasis(Law, 11, 1), new LegalBasis(Law, 95, 1),
            new PenaltyRange("公安机关交通管理部门应当扣留机动车，通知当事人提供相应的牌证、标志或者补办相应手续，并可以依照本法第九十条的规定予以处罚"),
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["没年检", "未年检", "不年检", "没有年检", "年检过期", "逾期未检", "检验合格标志", "年检标志", "没年审", "年审过期", "没有保险标志"])
            {
                Context = ["车", "开", "好几年", "上路", "天天", "过期"],
                Excludes = [.. NonMotorWords],
            })
        {
            SimpleProcedureAllowed = true,   // 第九十条: 警告或者二十元以上二百元以下
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-PZ-004", "使用其他车辆的机动车号牌（套牌）", Dept, "机动车牌证",
            new LegalBasis(Law, 16, Clause: 4), new LegalBasis(Law, 96, 3),
            new PenaltyRange("由公安机关交通管理部门予以收缴，扣留该机动车，处二千元以上五千元以下罚款") { Fine = new FineBand(2000, 5000) },
            TrafficPoliceForms.Vehicle,
            new KeywordRule(["套牌", "被套", "套用", "套我的", "克隆车", "一模一样的车牌", "同号车", "同一个车牌"])
            {
                Context = ["车牌", "号牌", "违章", "罚单", "外地", "扣分"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },

        // ======== 非机动车通行 (第八十九条) ========
        new("JJ-FJ-001", "非机动车未在非机动车道内行驶（在人行道、机动车道上骑行）", Dept, "非机动车通行",
            new LegalBasis(Law, 57), Art89, Rider(),
            TrafficPoliceForms.NonMotor,
            new KeywordRule(["人行道上骑", "在人行道骑", "人行道骑", "骑上人行道", "骑到人行道", "机动车道上骑", "骑进机动车道", "骑在机动车道", "骑在快车道", "快车道上骑", "骑在马路中间"])
            {
                Context = ["电动车", "电瓶车", "自行车", "三轮车", "横冲直撞", "行人", "快递", "外卖", "危险"],
                Excludes = ["停放", "乱停", "停在", "停满", "逆行"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-FJ-002", "电动自行车在非机动车道内行驶超过每小时十五公里", Dept, "非机动车通行",
            new LegalBasis(Law, 58), Art89, Rider(),
            TrafficPoliceForms.NonMotor,
            new KeywordRule(["骑得飞快", "骑得太快", "骑太快", "骑那么快", "骑得很快", "骑得快", "电动车飙车", "电瓶车飙车", "超速"])
            {
                Context = ["电动车", "电瓶车", "外卖", "快递", "非机动车道", "危险", "撞"],
                Excludes = ["汽车", "小车", "私家车", "摩托", "人行道", "机动车道上"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Video],
        },
        new("JJ-FJ-003", "非机动车逆向行驶（未实行右侧通行）", Dept, "非机动车通行",
            new LegalBasis(Law, 35), Art89, Rider(),
            TrafficPoliceForms.NonMotor,
            new KeywordRule(["逆行", "骑车逆行", "电动车逆行", "电瓶车逆行", "自行车逆行", "三轮车逆行", "逆向骑行"])
            {
                Context = ["电动车", "电瓶车", "自行车", "三轮车", "外卖", "快递", "骑"],
                Excludes = ["汽车", "小车", "私家车", "货车", "出租车"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Video],
        },
        new("JJ-FJ-004", "未满16周岁驾驶电动自行车", Dept, "非机动车通行",
            new LegalBasis(Regs, 72, Clause: 2), Art89, Rider(),
            TrafficPoliceForms.NonMotor,
            new KeywordRule(["初中生骑电动车", "小学生骑电动车", "学生骑电动车", "孩子骑电动车", "小孩骑电动车", "未成年人骑电动车", "未成年骑电动车", "初中生骑电瓶车", "小孩骑电瓶车", "未满16", "未满十六", "不满16", "不满十六", "十三四岁", "十四五岁", "未成年"])
            {
                Context = ["电动车", "电瓶车", "上学", "放学", "学生", "带人"],
                Excludes = ["汽车", "开车", "摩托"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },

        // ======== 行人通行 (第八十九条) ========
        new("JJ-XR-001", "行人跨越、倚坐道路隔离设施", Dept, "行人通行",
            new LegalBasis(Law, 63), Art89, Pedestrian(),
            TrafficPoliceForms.NonMotor,
            new KeywordRule(["翻护栏", "翻越护栏", "跨越护栏", "跨护栏", "翻栏杆", "翻越栏杆", "爬护栏", "翻越隔离", "跨越隔离", "翻越马路中间", "坐在护栏", "倚坐护栏"])
            {
                Context = ["马路中间", "隔离", "危险", "行人", "过马路", "天天有人"],
                Excludes = ["被砸", "被撞坏", "偷"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-XR-002", "行人在道路上使用滑板、旱冰鞋等滑行工具", Dept, "行人通行",
            new LegalBasis(Regs, 74, Clause: 1), Art89, Pedestrian(),
            TrafficPoliceForms.NonMotor,
            new KeywordRule(["滑板", "旱冰鞋", "旱冰", "轮滑", "溜冰", "滑行工具", "溜旱冰"])
            {
                Context = ["马路", "车行道", "路上", "小孩", "危险", "晚上", "一群"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-XR-003", "行人在车行道内坐卧、停留、嬉闹", Dept, "行人通行",
            new LegalBasis(Regs, 74, Clause: 2), Art89, Pedestrian(),
            TrafficPoliceForms.NonMotor,
            new KeywordRule(["马路上踢球", "马路上打球", "马路上玩耍", "马路上打闹", "马路中间打闹", "马路中间玩", "车行道上", "马路上跳舞", "马路中间跳舞", "在马路上跳", "躺在马路", "坐在马路", "马路中间坐", "马路上乘凉"])
            {
                Context = ["过不去", "危险", "车行道", "机动车道", "一群", "天天"],
                Excludes = ["音响", "音乐", "吵", "噪音", "停车", "车停"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },

        // ======== 道路通行条件 (第二十八条、第三十一条、第三十二条) ========
        // 第一百零四条第一款 gives the fine to 道路主管部门 (for city roads, CG-DL-*); the traffic police hold only
        // its second paragraph: an order to stop and restore traffic, with no fine.
        new("JJ-ZD-001", "未经许可占用道路从事非交通活动，影响道路交通安全（设置路障、地锁，在车行道上晾晒、搭棚等）", Dept, "道路通行条件",
            new LegalBasis(Law, 31), new LegalBasis(Law, 104, 2),
            new PenaltyRange("公安机关交通管理部门可以责令停止违法行为，迅速恢复交通"),
            TrafficPoliceForms.Road,
            new KeywordRule(["路障", "私设路障", "放路障", "摆路障", "地锁", "地桩", "车位锁", "挡车器", "水泥墩", "石墩", "马路上晒", "路上晒", "晒粮食", "晒稻谷", "晒玉米", "马路上搭", "路中间搭", "灵棚", "马路上办酒", "路上摆酒席", "封路办"])
            {
                Context = ["马路", "路上", "道路", "车道", "私自", "擅自", "私装", "过不去", "堵"],
                Excludes = ["摆摊", "地摊", "卖菜", "占道经营", "小贩", "施工", "挖", "绿地", "绿化"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-ZD-002", "未经批准占用道路施工，影响道路交通安全", Dept, "道路通行条件",
            new LegalBasis(Law, 32, 1), new LegalBasis(Law, 104, 2),
            new PenaltyRange("公安机关交通管理部门可以责令停止违法行为，迅速恢复交通"),
            TrafficPoliceForms.Road,
            new KeywordRule(["占道施工", "施工占道", "施工占路", "占路施工", "封路施工", "施工封路", "施工堵路", "占用车道施工", "施工占了", "施工不设警示", "没设警示", "没有警示标志", "没有警示牌", "警示标志"])
            {
                Context = ["堵车", "车道", "马路", "交通", "危险", "路口", "半幅"],
                Excludes = ["噪音", "噪声", "吵", "扬尘", "灰", "半夜", "夜间", "沟", "坑", "井"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-SS-001", "故意损毁、移动、涂改交通设施，造成危害后果，尚不构成犯罪", Dept, "道路通行条件",
            new LegalBasis(Law, 28, 1), new LegalBasis(Law, 99, 1, 7),
            new PenaltyRange("由公安机关交通管理部门处二百元以上二千元以下罚款") { Fine = new FineBand(200, 2000) },
            TrafficPoliceForms.Road,
            new KeywordRule(["交通标志被", "标志牌被", "禁停牌被", "红绿灯被", "信号灯被", "标线被", "交通设施被", "隔离栏被", "拔掉", "挪走", "移走", "涂改标线", "涂改交通", "砸坏"])
            {
                Context = ["交通标志", "标志牌", "红绿灯", "信号灯", "标线", "牌子", "隔离栏", "隔离墩"],
                Excludes = ["挡住", "遮挡", "树枝", "井盖", "路灯"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("JJ-SS-002", "在道路两侧及隔离带上种植树木、其他植物或者设置广告牌、管线等，遮挡路灯、交通信号灯、交通标志，妨碍安全视距", Dept, "道路通行条件",
            new LegalBasis(Law, 28, 2), new LegalBasis(Law, 106),
            new PenaltyRange("由公安机关交通管理部门责令行为人排除妨碍；拒不执行的，处二百元以上二千元以下罚款，并强制排除妨碍，所需费用由行为人负担")
                { Fine = new FineBand(200, 2000) },
            TrafficPoliceForms.Road,
            new KeywordRule(["挡住红绿灯", "挡住了红绿灯", "挡住信号灯", "遮挡信号灯", "遮挡红绿灯", "把红绿灯挡", "把信号灯挡", "挡住交通标志", "遮挡交通标志", "把交通标志挡", "挡住标志牌", "把标志牌挡", "遮挡路灯", "挡住路灯", "妨碍视线", "挡视线"])
            {
                Context = ["树", "树枝", "广告牌", "看不见", "看不清", "红绿灯", "信号灯", "交通标志", "路口"],
                Excludes = ["停车", "停着", "车停", "停满", "停了"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
    ];
}
