using Enforcement.Modules.Environment.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.Environment.Items;

/// <summary>
/// The environment module's items. Every citation was checked against the statute texts in
/// shared/reference/statutes; penalty wordings are copied verbatim from the penalty provision.
/// </summary>
internal static class EnvironmentItems
{
    private const string Dept = EnvironmentModule.ModuleKey;

    private const string Air = "大气污染防治法";
    private const string Noise = "噪声污染防治法";
    private const string SolidWaste = "固体废物污染环境防治法";

    // Complaints about noise or dust must not land on items about smells and smoke, and vice versa.
    private static readonly string[] NoiseWords = ["噪音", "噪声", "吵", "分贝"];

    // Words that belong to one new item each and keep older, broader items off it.
    private static readonly string[] HeavyPollutionWords = ["重污染", "预警", "应急响应"];
    private static readonly string[] MachineSmokeWords = ["黑烟", "冒烟", "尾气"];
    private static readonly string[] IndustrialWasteWords = ["废渣", "废料", "炉渣", "边角料", "下脚料", "工业"];
    private static readonly string[] SharedEquipmentWords = ["水泵", "变压器", "电梯", "配电房"];
    private static readonly string[] CoalWords = ["煤炉", "煤球", "蜂窝煤", "烧煤", "散煤", "燃煤", "柴火"];
    private static readonly string[] MachineWords = ["挖掘机", "挖机", "铲车", "装载机", "推土机", "压路机", "叉车", "非道路"];
    private static readonly string[] BurningWords = ["焚烧", "烧垃圾", "塑料", "轮胎", "橡胶", "秸秆", "落叶", "烧烤"];

    private const DelegationMode Dispatched = DelegationMode.Dispatched;

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 油烟 ----
        new("HB-YY-001", "排放油烟的餐饮服务业经营者未安装油烟净化设施、不正常使用油烟净化设施或者未采取其他油烟净化措施，超过排放标准排放油烟", Dept, "油烟",
            new LegalBasis(Air, 81, 1), new LegalBasis(Air, 118, 1),
            new PenaltyRange("责令改正，处五千元以上五万元以下的罚款；拒不改正的，责令停业整治") { Fine = new FineBand(5000, 50000) },
            EnvironmentForms.CateringFume,
            Words(["油烟", "油烟机", "排烟", "饭店烟", "餐馆烟", "烟道", "炒菜味"],
                ["饭店", "餐馆", "餐厅", "厨房", "呛", "窗户", "熏"],
                ["露天烧烤", .. NoiseWords]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // 超标排放 is the harm itself
        },
        new("HB-YY-002", "在居民住宅楼、未配套设立专用烟道的商住综合楼、商住综合楼内与居住层相邻的商业楼层内新建、改建、扩建产生油烟、异味、废气的餐饮服务项目", Dept, "油烟",
            new LegalBasis(Air, 81, 2), new LegalBasis(Air, 118, 2),
            new PenaltyRange("责令改正；拒不改正的，予以关闭，并处一万元以上十万元以下的罚款") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.CateringSite,
            Words(["居民楼开饭店", "居民楼里开饭店", "住宅楼开饭店", "居民楼开餐馆", "住宅楼里开餐馆", "专用烟道", "没有烟道", "没烟道",
                   "改成饭店", "改成餐馆", "改成餐厅", "新开饭店", "新开餐馆", "新开了一家饭店", "要开饭店"],
                ["居民楼", "住宅楼", "楼下", "商住楼", "油烟", "装修"],
                ["露天烧烤", .. NoiseWords]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // a restaurant in a residential block is not undone by a prompt correction
        },

        // ---- 废气、异味、恶臭 ----
        new("HB-FQ-001", "从事服装干洗和机动车维修等服务活动，未设置异味和废气处理装置等污染防治设施并保持正常使用，影响周边环境", Dept, "废气",
            new LegalBasis(Air, 84, 1), new LegalBasis(Air, 120, 1),
            new PenaltyRange("责令改正，处二千元以上二万元以下的罚款；拒不改正的，责令停业整治") { Fine = new FineBand(2000, 20000) },
            EnvironmentForms.Exhaust,
            Words(["干洗店", "干洗", "洗衣店", "汽修", "修车", "汽车维修", "修理厂", "四氯乙烯"],
                ["异味", "气味", "味道", "刺鼻", "废气", "臭", "熏"],
                ["喷漆", "污水", "废水", "雨水", "废机油", "危废", "危险废物", .. NoiseWords]))
        {
            // 2,000 yuan is within the 3,000-yuan limit for organisations (行政处罚法 第五十一条).
            SimpleProcedureAllowed = true,
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // needs a treatment facility installed, not a prompt correction
        },
        new("HB-FQ-002", "产生含挥发性有机物废气的生产和服务活动，未在密闭空间或者设备中进行，未按照规定安装、使用污染防治设施，或者未采取减少废气排放措施", Dept, "废气",
            new LegalBasis(Air, 45, 1), new LegalBasis(Air, 108, 1, 1),
            new PenaltyRange("责令改正，处二万元以上二十万元以下的罚款；拒不改正的，责令停产整治") { Fine = new FineBand(20000, 200000) },
            EnvironmentForms.Exhaust,
            Words(["喷漆", "喷涂", "露天喷漆", "烤漆", "油漆味", "稀料味", "天那水"],
                ["刺鼻", "味道", "气味", "汽修", "家具", "露天", "头晕", "门口"],
                NoiseWords))
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },
        new("HB-FQ-003", "生产经营活动中产生恶臭气体，未采取措施防止排放恶臭气体", Dept, "废气",
            new LegalBasis(Air, 80, 1), new LegalBasis(Air, 117, 1, 8),
            new PenaltyRange("责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治或者停业整治") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.Exhaust,
            Words(["恶臭", "臭气", "臭味", "臭烘烘", "发臭", "腥臭", "臭得"],
                ["工厂", "厂里", "厂房", "作坊", "加工", "养殖", "开窗", "熏"],
                ["油烟", "污水", "下水道", "化粪池", "烧", "干洗", "汽修", "修车", "喷漆", "垃圾桶"]))
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },

        // 露天焚烧 (大气污染防治法 第119条) is the city-management module's (CG-DQ-001/002): one owner per power.

        // ---- 扬尘 ----
        new("HB-YC-001", "对不能密闭的易产生扬尘的物料，未设置不低于堆放物高度的严密围挡，或者未采取有效覆盖措施防治扬尘污染", Dept, "扬尘",
            new LegalBasis(Air, 72, 1), new LegalBasis(Air, 117, 1, 2),
            new PenaltyRange("责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治或者停业整治") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.DustMaterial,
            Words(["沙堆", "砂石堆", "土堆", "料堆", "堆场", "料场", "没盖防尘网", "没有覆盖", "没有苫盖", "没有围挡", "没围挡", "露天堆放"],
                ["扬尘", "灰", "尘", "风一吹", "没盖", "沙子", "砂石", "黄沙"],
                ["工地", "施工", "渣土车", "拉土车", "装卸", "卸料", .. IndustrialWasteWords, .. NoiseWords]))
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // covered or fenced on the spot
        },
        new("HB-YC-002", "未密闭煤炭、煤矸石、煤渣、煤灰、水泥、石灰、石膏、砂土等易产生扬尘的物料", Dept, "扬尘",
            new LegalBasis(Air, 72, 1), new LegalBasis(Air, 117, 1, 1),
            new PenaltyRange("责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治或者停业整治") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.DustMaterial,
            Words(["水泥", "石灰", "煤灰", "煤渣", "煤矸石", "石膏粉", "粉料", "煤堆", "煤场", "没有密闭", "未密闭", "敞开存放"],
                ["扬尘", "灰", "粉尘", "仓库", "堆放", "搅拌站", "风一吹"],
                ["工地", "施工", "装卸", "卸料", "沙堆", "土堆", .. NoiseWords]))
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // closed in or covered on the spot
        },
        new("HB-YC-003", "装卸物料未采取密闭或者喷淋等方式控制扬尘排放", Dept, "扬尘",
            new LegalBasis(Air, 70, 2), new LegalBasis(Air, 117, 1, 3),
            new PenaltyRange("责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治或者停业整治") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.DustMaterial,
            Words(["装卸", "卸料", "卸沙", "卸砂", "卸水泥", "卸煤", "倒料", "铲车"],
                ["扬尘", "灰", "尘", "粉尘", "喷淋", "洒水", "码头", "货场"],
                ["卸货", .. MachineSmokeWords, .. NoiseWords]))
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // sprayed or enclosed on the spot
        },
        // 第一百一十五条 names 住房城乡建设等主管部门: the environment module holds this only where the
        // district's delegation gives 施工扬尘 to 生态环境; 渣土、建筑垃圾 (第（二）项) stay with city management.
        new("HB-YC-004", "施工工地未设置硬质围挡，或者未采取覆盖、分段作业、择时施工、洒水抑尘、冲洗地面和车辆等有效防尘降尘措施", Dept, "扬尘",
            new LegalBasis(Air, 69, 3), new LegalBasis(Air, 115, 1, 1),
            new PenaltyRange("责令改正，处一万元以上十万元以下的罚款；拒不改正的，责令停工整治") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.ConstructionDust,
            Words(["工地扬尘", "施工扬尘", "工地灰", "工地的灰", "工地尘", "工地粉尘", "施工现场扬尘", "工地不洒水", "工地没围挡", "拆迁", "拆房"],
                ["扬尘", "灰", "尘土", "漫天", "不洒水", "没洒水", "没有围挡", "没覆盖", "雾炮"],
                ["渣土车", "拉土车", "半夜", "夜间", "晚上", "凌晨", .. HeavyPollutionWords, .. MachineSmokeWords, .. NoiseWords]))
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // hoarding, covering, spraying: corrected on the spot; harm still judged case by case
        },

        // ---- 噪声 ----
        new("HB-ZS-001", "未按照规定取得证明，在噪声敏感建筑物集中区域夜间进行产生噪声的建筑施工作业", Dept, "噪声",
            new LegalBasis(Noise, 43, 1), new LegalBasis(Noise, 77, 1, 2),
            new PenaltyRange("责令改正，处一万元以上十万元以下的罚款；拒不改正的，可以责令暂停施工") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.NoiseActivity,
            Words(["半夜施工", "夜间施工", "晚上施工", "深夜施工", "凌晨施工", "通宵施工", "连夜施工", "夜里施工", "晚上还在施工", "半夜还在施工"],
                ["工地", "吵", "噪音", "扰民", "睡不着", "打桩", "浇筑", "搅拌"],
                ["装修"]))
        {
            RequiredEvidence = [Audio, Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // deliberate night work disturbs a whole neighbourhood
        },
        new("HB-ZS-002", "超过噪声排放标准排放建筑施工噪声", Dept, "噪声",
            new LegalBasis(Noise, 22, 1), new LegalBasis(Noise, 77, 1, 1),
            new PenaltyRange("责令改正，处一万元以上十万元以下的罚款；拒不改正的，可以责令暂停施工") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.NoiseMeasured,
            Words(["施工噪音", "施工噪声", "工地噪音", "工地噪声", "工地太吵", "打桩", "破碎锤", "风镐"],
                ["工地", "吵", "分贝", "超标", "轰鸣", "震"],
                ["半夜", "夜间", "深夜", "凌晨", "晚上", "通宵", "装修"]))
        {
            RequiredEvidence = [Audio, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },
        new("HB-ZS-003", "超过噪声排放标准排放工业噪声", Dept, "噪声",
            new LegalBasis(Noise, 22, 1), new LegalBasis(Noise, 75, 1),
            new PenaltyRange("责令改正或者限制生产、停产整治，并处二万元以上二十万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭") { Fine = new FineBand(20000, 200000) },
            EnvironmentForms.NoiseMeasured,
            Words(["工厂噪音", "厂里噪音", "车间噪音", "工业噪声", "机器噪音", "机器声", "机器轰鸣", "冲床", "机器"],
                ["工厂", "厂里", "车间", "加工厂", "厂房", "作坊", "吵", "轰隆", "日夜", "分贝"],
                ["工地", "施工", "装修", "饭店", "超市", "商场", "空调外机", .. SharedEquipmentWords]))
        {
            RequiredEvidence = [Audio, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },
        new("HB-ZS-004", "超过噪声排放标准排放社会生活噪声", Dept, "噪声",
            new LegalBasis(Noise, 22, 1), new LegalBasis(Noise, 81, 1, 1),
            new PenaltyRange("责令改正，处五千元以上五万元以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，责令停业") { Fine = new FineBand(5000, 50000) },
            EnvironmentForms.NoiseMeasured,
            Words(["KTV", "ktv", "酒吧", "歌厅", "夜总会", "迪厅", "舞厅", "麻将馆", "棋牌室", "健身房", "空调外机", "外机", "冷却塔", "风机", "排风扇"],
                ["吵", "噪音", "噪声", "嗡嗡", "震", "低频", "半夜", "睡不着", "音乐", "唱歌"],
                ["工地", "施工", "装修", "广场舞"]))
        {
            RequiredEvidence = [Audio, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },
        new("HB-ZS-005", "在商业经营活动中使用高音广播喇叭或者采用其他持续反复发出高噪声的方法进行广告宣传", Dept, "噪声",
            new LegalBasis(Noise, 63, 1), new LegalBasis(Noise, 81, 1, 2),
            new PenaltyRange("责令改正，处五千元以上五万元以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，责令停业") { Fine = new FineBand(5000, 50000) },
            EnvironmentForms.NoiseActivity,
            Words(["叫卖", "促销", "甩卖", "清仓", "循环播放", "大喇叭", "高音喇叭", "喇叭", "店门口音响", "门口放音乐", "收废品", "回收旧"],
                ["店", "商场", "超市", "商户", "广告", "吵", "门口"],
                ["物业", "居委会", "社区通知", "广场舞", "跳舞", "装修", "工地", "按喇叭", "鸣笛", "汽车喇叭"]))
        {
            RequiredEvidence = [Audio, Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // a loudspeaker switched off on order
        },
        new("HB-ZS-006", "未对商业经营活动中产生的其他噪声采取有效措施造成噪声污染", Dept, "噪声",
            new LegalBasis(Noise, 63, 2), new LegalBasis(Noise, 81, 1, 3),
            new PenaltyRange("责令改正，处五千元以上五万元以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款，并可以报经有批准权的人民政府批准，责令停业") { Fine = new FineBand(5000, 50000) },
            EnvironmentForms.NoiseActivity,
            Words(["卸货", "搬货", "拉货", "拖货", "理货", "搬东西", "叮叮当当", "敲敲打打"],
                ["超市", "商店", "店里", "门店", "饭店", "商户", "市场", "半夜", "凌晨", "吵", "噪音"],
                ["装修", "工地", "施工", "喇叭", "扬尘", "灰"]))
        {
            RequiredEvidence = [Audio, Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        new("HB-ZS-007", "在噪声敏感建筑物集中区域使用高音广播喇叭", Dept, "噪声",
            new LegalBasis(Noise, 64, 1), new LegalBasis(Noise, 82, 1, 1),
            new PenaltyRange("说服教育，责令改正；拒不改正的，给予警告，对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款")
            {
                Fine = new FineBand(200, 1000),
                OrganisationFine = new FineBand(2000, 20000),
            },
            EnvironmentForms.NoiseActivity,
            Words(["高音喇叭", "大喇叭", "广播喇叭", "喇叭"],
                ["小区", "居民楼", "学校", "医院", "宣传", "广播", "物业", "居委会", "早上", "每天"],
                ["叫卖", "促销", "甩卖", "清仓", "店", "商", "卖", "广告", "收废品", "广场舞", "跳舞", "按喇叭", "鸣笛", "汽车喇叭"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Audio, Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,   // 第八十二条 fines only after 拒不改正 anyway
        },
        new("HB-ZS-008", "在公共场所组织或者开展娱乐、健身等活动，未遵守公共场所管理者有关活动区域、时段、音量等规定，未采取有效措施造成噪声污染，或者违反规定使用音响器材产生过大音量", Dept, "噪声",
            new LegalBasis(Noise, 64, 2), new LegalBasis(Noise, 82, 1, 2),
            new PenaltyRange("说服教育，责令改正；拒不改正的，给予警告，对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款")
            {
                Fine = new FineBand(200, 1000),
                OrganisationFine = new FineBand(2000, 20000),
            },
            EnvironmentForms.NoiseActivity,
            Words(["广场舞", "跳舞", "健身操", "露天K歌", "唱卡拉OK", "音响", "音箱", "锣鼓", "腰鼓", "吹拉弹唱"],
                ["广场", "公园", "小区", "空地", "晚上", "早上", "大声", "音量", "吵", "噪音"],
                ["KTV", "ktv", "酒吧", "店", "装修", "工地"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Audio, Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },
        new("HB-ZS-009", "对已竣工交付使用的建筑物进行室内装修活动，未按照规定在限定的作业时间内进行，或者未采取有效措施造成噪声污染", Dept, "噪声",
            new LegalBasis(Noise, 66, 1), new LegalBasis(Noise, 82, 1, 3),
            new PenaltyRange("说服教育，责令改正；拒不改正的，给予警告，对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款")
            {
                Fine = new FineBand(200, 1000),
                OrganisationFine = new FineBand(2000, 20000),
            },
            EnvironmentForms.NoiseActivity,
            Words(["装修", "电钻", "冲击钻", "电锤", "砸墙", "敲墙", "打孔", "切割机"],
                ["楼上", "楼下", "隔壁", "邻居", "中午", "周末", "早上", "晚上", "吵", "噪音"],
                ["工地", "油漆味", "喷漆", "工资", "欠薪", "装修公司"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Audio, Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = true,
        },

        // ---- 噪声（居民住宅区共用设施设备）----
        // 第八十四条 names 地方人民政府指定的部门; mapped to environment like 第八十一条、第八十二条.
        new("HB-ZS-010", "已建成使用的居民住宅区电梯、水泵、变压器等共用设施设备，专业运营单位未进行维护管理，不符合民用建筑隔声设计相关标准要求", Dept, "噪声",
            new LegalBasis(Noise, 68, 2), new LegalBasis(Noise, 84, 1, 2),
            new PenaltyRange("责令改正，处五千元以上五万元以下的罚款；拒不改正的，处五万元以上二十万元以下的罚款") { Fine = new FineBand(5000, 50000) },
            EnvironmentForms.NoiseMeasured,
            Words(["水泵房", "水泵", "二次供水", "变压器", "配电房", "电梯噪音", "电梯机房", "电梯井", "电梯运行", "共用设施"],
                ["小区", "地下室", "楼下", "嗡嗡", "低频", "震", "噪音", "吵", "晚上", "睡不着", "整夜"],
                ["工地", "施工", "装修", "KTV", "ktv", "酒吧", "饭店", "超市", "商场", "空调外机", "工厂", "车间"]))
        {
            RequiredEvidence = [Audio, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // needs repair or vibration isolation, not a prompt correction
        },

        // ---- 重污染天气应急 ----
        new("HB-YJ-001", "拒不执行停止工地土石方作业或者建筑物拆除施工等重污染天气应急措施", Dept, "重污染天气应急",
            new LegalBasis(Air, 96, 1), new LegalBasis(Air, 121, 2),
            new PenaltyRange("由县级以上地方人民政府确定的监督管理部门处一万元以上十万元以下的罚款") { Fine = new FineBand(10000, 100000) },
            EnvironmentForms.HeavyPollution,
            Words(["重污染天气", "重污染", "污染预警", "橙色预警", "红色预警", "应急响应", "停工令", "雾霾天"],
                ["工地", "土方", "土石方", "拆除", "拆房", "还在施工", "还在干", "挖", "停工", "渣土"],
                NoiseWords))
        {
            RequiredEvidence = [Photo, Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,   // defiance of an emergency order
        },

        // ---- 高污染燃料、超标排放 ----
        new("HB-FQ-004", "在禁燃区内新建、扩建燃用高污染燃料的设施，或者未按照规定停止燃用高污染燃料", Dept, "废气",
            new LegalBasis(Air, 38, 2), new LegalBasis(Air, 107, 1),
            new PenaltyRange("没收燃用高污染燃料的设施，组织拆除燃煤供热锅炉，并处二万元以上二十万元以下的罚款") { Fine = new FineBand(20000, 200000) },
            EnvironmentForms.Fuel,
            Words(["煤炉", "煤球炉", "煤球", "蜂窝煤", "烧煤", "散煤", "燃煤", "煤饼", "烧柴火", "柴火灶", "烧木柴", "高污染燃料", "禁燃区"],
                ["饭店", "餐馆", "早餐店", "锅炉", "黑烟", "冒烟", "呛", "炉子", "烧水", "店"],
                ["秸秆", "落叶", "垃圾", "塑料", "轮胎", "露天烧烤", "烤串", .. NoiseWords]))
        {
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },
        new("HB-FQ-005", "超过大气污染物排放标准或者超过重点大气污染物排放总量控制指标排放大气污染物", Dept, "废气",
            new LegalBasis(Air, 18), new LegalBasis(Air, 99, 1, 2),
            new PenaltyRange("责令改正或者限制生产、停产整治，并处十万元以上一百万元以下的罚款；情节严重的，报经有批准权的人民政府批准，责令停业、关闭")
                { Fine = new FineBand(100000, 1000000) },
            EnvironmentForms.Emission,
            Words(["烟囱冒黑烟", "烟囱冒烟", "烟囱", "排气筒", "冒黑烟", "冒黄烟", "黑烟", "黄烟", "超标排放", "废气超标"],
                ["工厂", "厂里", "厂区", "车间", "锅炉", "刺鼻", "呛", "超标", "日夜"],
                ["油烟", "饭店", "餐馆", "渣土车", "汽车尾气", .. MachineWords, .. CoalWords, .. BurningWords, .. NoiseWords]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },

        // ---- 非道路移动机械 ----
        // 第一百一十四条第二款 says only 依法予以处罚: the sanction is in the city's own rules.
        new("HB-JX-001", "在禁止使用高排放非道路移动机械的区域使用高排放非道路移动机械", Dept, "机动车和非道路移动机械",
            new LegalBasis(Air, 61), new LegalBasis(Air, 114, 2),
            new PenaltyRange("由城市人民政府生态环境等主管部门依法予以处罚")
            {
                LocalRule = "处罚种类和罚款数额由所在地地方性法规或政府规章规定（本款只规定“依法予以处罚”；禁用区由城市人民政府依第六十一条划定）；本系统未收录该地方规定文本，数额待核对",
            },
            EnvironmentForms.Machinery,
            Words(["挖掘机冒黑烟", "挖机冒黑烟", "铲车冒黑烟", "非道路移动机械", "非道路机械", "高排放机械", "挖掘机", "挖机", "装载机", "推土机", "压路机", "叉车"],
                ["冒黑烟", "黑烟", "冒烟", "尾气", "柴油", "禁用区", "呛"],
                ["马路上", "上路", "压坏", "重污染", .. NoiseWords]))
        {
            RequiredEvidence = [Photo, Video],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },

        // ---- 固体废物 ----
        // Only the clauses of 第一百一十二条/第一百零二条 with a fixed band: 擅自倾倒 (112（三）, 102（七）) is fined
        // at a multiple of the disposal cost with a floor, which the catalogue cannot state as a band.
        new("HB-GF-001", "未按照国家环境保护标准贮存危险废物或者将危险废物混入非危险废物中贮存", Dept, "固体废物",
            new LegalBasis(SolidWaste, 81, 2), new LegalBasis(SolidWaste, 112, Clause: 6),
            new PenaltyRange("有前款第一项、第二项、第五项、第六项、第七项、第八项、第九项、第十二项、第十三项行为之一，处十万元以上一百万元以下的罚款")
                { Fine = new FineBand(100000, 1000000) },
            EnvironmentForms.SolidWasteStorage,
            Words(["危险废物", "危废", "废机油", "废油桶", "废机油桶", "废电瓶", "废铅蓄电池", "废蓄电池", "废油漆桶", "油漆桶", "废活性炭", "废矿物油", "废溶剂", "废化学品"],
                ["混", "垃圾桶", "垃圾堆", "随便", "乱放", "露天", "堆", "汽修", "修车", "厂", "漏", "标识"],
                ["下水道", "雨水井", "窨井", "河里", "河边", "倒进", .. NoiseWords]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },
        new("HB-GF-002", "贮存工业固体废物未采取符合国家环境保护标准的防护措施", Dept, "固体废物",
            new LegalBasis(SolidWaste, 40, 1), new LegalBasis(SolidWaste, 102, Clause: 10),
            new PenaltyRange("有前款第二项、第三项、第四项、第五项、第六项、第九项、第十项、第十一项行为之一，处十万元以上一百万元以下的罚款")
                { Fine = new FineBand(100000, 1000000) },
            EnvironmentForms.SolidWasteStorage,
            Words(["工业固体废物", "工业固废", "工业废料", "工业垃圾", "废渣", "炉渣", "边角料", "下脚料", "废料", "钢渣"],
                ["工厂", "厂里", "厂外", "车间", "露天", "堆", "渗", "下雨", "流", "防雨", "防渗", "没盖"],
                ["危险废物", "危废", "废机油", "倒进", "河里", "偷倒", "倾倒", "建筑垃圾", "装修垃圾", "渣土", .. NoiseWords]))
        {
            RequiredEvidence = [Photo, Document],
            DefaultMode = Dispatched,
            FirstOffenceExemption = false,
        },
    ];
}
