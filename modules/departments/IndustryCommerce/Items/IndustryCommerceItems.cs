using Enforcement.Modules.IndustryCommerce.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;

namespace Enforcement.Modules.IndustryCommerce.Items;

/// <summary>
/// The industry-and-commerce (工商/市场监管) items: 无照经营, 广告法 content and conduct, and the sales
/// matters that other laws in shared/reference/statutes give to 市场监督管理部门 / 工商行政管理部门.
/// Citations follow those texts: a clause (项) of an article with a single lead paragraph is cited
/// without a paragraph number. Amounts are given only where the article states them.
/// </summary>
/// <remarks>
/// <para>
/// 广告法 第二十四条 (教育、培训广告) and 第三十九条 (中小学校、幼儿园内的广告) belong to the education module,
/// not here. 户外广告 of the 市容 kind (市容条例 第十一条) belongs to city management; GS-GG-021 covers only
/// 广告法 第四十二条, whose penalty 第四十一条 leaves to local rules.
/// </para>
/// <para>
/// SimpleProcedureAllowed (行政处罚法 第五十一条) is set where the band reaches down to 200 yuan for an
/// individual or to 3,000 yuan for an organisation. Where the fine is a multiple (倍) of an amount, or set
/// by another law or a local rule, the flag is false: there is no national figure to test.
/// </para>
/// <para>
/// Every citation of 无证无照经营查处办法 carries 待核对现行文本: the 2022 市场主体登记管理条例 (not among the
/// reference texts) sets its own penalty for 未经设立登记从事经营活动 and may displace 第十三条.
/// </para>
/// </remarks>
internal static class IndustryCommerceItems
{
    private const string Dept = IndustryCommerceModule.ModuleKey;

    private const string Unlicensed = "无证无照经营查处办法";
    private const string Ad = "广告法";
    private const string Air = "大气污染防治法";
    private const string SolidWaste = "固体废物污染环境防治法";
    private const string Fire = "消防法";
    private const string RoadTraffic = "道路交通安全法";

    /// <summary>The 2022 市场主体登记管理条例 sets its own penalty for 未经设立登记从事经营活动 and may displace 第十三条.</summary>
    private const string CheckCurrentText = "待核对现行文本";

    private static LegalBasis UnlicensedBasis(int article) => new(Unlicensed, article) { CheckNote = CheckCurrentText };

    private const string AdLocalRule =
        "户外广告的管理办法（含罚则、罚款数额及执法部门）由所在地地方性法规或地方政府规章规定（广告法 第四十一条第二款，国家法律未定数额）；本系统未收录该地方规定文本，数额待核对";

    // ---- penalty wordings, verbatim ----
    private static PenaltyRange FalseAd() =>
        new("责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用三倍以上五倍以下的罚款，广告费用无法计算或者明显偏低的，处二十万元以上一百万元以下的罚款")
            { Fine = new FineBand(200000, 1000000) };

    private static PenaltyRange Art57() =>
        new("责令停止发布广告，对广告主处二十万元以上一百万元以下的罚款，情节严重的，并可以吊销营业执照")
            { Fine = new FineBand(200000, 1000000) };

    private static PenaltyRange Art58() =>
        new("责令停止发布广告，责令广告主在相应范围内消除影响，处广告费用一倍以上三倍以下的罚款，广告费用无法计算或者明显偏低的，处十万元以上二十万元以下的罚款")
            { Fine = new FineBand(100000, 200000) };

    private static PenaltyRange Art59() =>
        new("责令停止发布广告，对广告主处十万元以下的罚款") { Fine = new FineBand(0, 100000) };

    private static PenaltyRange Air103() => new("责令改正，没收原材料、产品和违法所得，并处货值金额一倍以上三倍以下的罚款");

    private static LegalBasis Ad55() => new(Ad, 55, 1);
    private static LegalBasis Ad57(int clause) => new(Ad, 57, Clause: clause);
    private static LegalBasis Ad58(int clause) => new(Ad, 58, 1, clause);
    private static LegalBasis Ad59(int clause) => new(Ad, 59, 1, clause);

    /// <summary>Words that put a complaint with another department or module: 城管's 小广告, 环保's 喇叭, 教育's 培训广告.</summary>
    private static readonly string[] NotOurAds = ["小广告", "牛皮癣", "乱贴", "乱张贴", "喇叭", "培训", "补习", "辅导班"];

    private static KeywordRule AdRule(string[] keywords, string[] context, params string[] excludes) =>
        new(keywords) { Context = context, Excludes = [.. NotOurAds, .. excludes] };

    private static readonly string[] AdContext = ["广告", "宣传", "海报", "展板", "招牌", "传单", "写着", "电子屏"];

    /// <summary>工商 is a stationed department: every item starts out dispatched (派驻执法).</summary>
    public static readonly IReadOnlyList<EnforcementItem> All =
        [.. Declared().Select(i => i with { DefaultMode = DelegationMode.Dispatched })];

    private static IEnumerable<EnforcementItem> Declared() =>
    [
        // ---- 无证无照经营 ----
        new("GS-WZ-001", "未依法取得营业执照从事经营活动（无照经营）", Dept, "无证无照经营",
            UnlicensedBasis(2), UnlicensedBasis(13),
            new PenaltyRange("由工商行政管理部门责令停止违法行为，没收违法所得，并处1万元以下的罚款") { Fine = new FineBand(0, 10000) },
            IndustryCommerceForms.Unlicensed,
            new KeywordRule(["无照经营", "无照", "没营业执照", "没有营业执照", "无营业执照", "没办营业执照", "未办营业执照",
                "不办营业执照", "没有执照", "没执照", "没办执照", "营业执照"])
            {
                Context = ["开张", "开业", "店", "经营", "营业", "门面", "小区", "一直"],
                // 第七条: 未取得许可且未取得营业执照 goes to the permit department (e.g. 无证餐饮, 药监);
                // the facilitator items below carry the 房东/仓储 words.
                Excludes = ["食品经营许可", "食品许可", "卫生许可", "房东", "租给", "门面租", "提供经营场", "提供场地",
                    "运货", "存货", "仓库", "仓储", "保管", "物流"],
            })
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("GS-WZ-002", "明知属于无照经营而为经营者提供经营场所", Dept, "无证无照经营",
            UnlicensedBasis(14), UnlicensedBasis(14),
            new PenaltyRange("由工商行政管理部门责令停止违法行为，没收违法所得，可以处5000元以下的罚款") { Fine = new FineBand(0, 5000) },
            IndustryCommerceForms.Unlicensed,
            new KeywordRule(["房东明知", "门面租给", "铺子租给", "场地租给", "租给无照", "明知无照", "提供经营场所",
                "提供经营场地", "二房东"])
            {
                Context = ["无照", "没有营业执照", "没营业执照", "没执照", "明知", "房东", "出租"],
                // 无证 food businesses: 食品安全法 第一百二十二条第二款 (the food-safety department), not 第十四条.
                Excludes = ["群租", "隔断", "押金", "居住", "租住", "派出所", "运货", "仓库", "仓储",
                    "无证", "没有证", "饭店", "餐馆", "小吃", "熟食", "食品"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("GS-WZ-003", "明知属于无照经营而为经营者提供运输、保管、仓储等条件", Dept, "无证无照经营",
            UnlicensedBasis(14), UnlicensedBasis(14),
            new PenaltyRange("由工商行政管理部门责令停止违法行为，没收违法所得，可以处5000元以下的罚款") { Fine = new FineBand(0, 5000) },
            IndustryCommerceForms.Unlicensed,
            new KeywordRule(["帮他们运货", "帮他们存货", "帮着运货", "帮着存货", "替他们运", "替他们存", "提供仓库", "提供仓储",
                "提供运输", "仓库给", "给无照", "帮无照"])
            {
                Context = ["无照", "没有营业执照", "没营业执照", "没执照", "明知", "物流", "仓库"],
            })
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },

        // ---- 虚假广告（广告法 第二十八条第二款 → 第五十五条第一款）----
        new("GS-GG-001", "发布虚假广告：商品或者服务的性能、产地、价格、质量等信息或者允诺与实际情况不符，对购买行为有实质性影响", Dept, "广告监管",
            new LegalBasis(Ad, 28, 2, 2), Ad55(), FalseAd(),
            IndustryCommerceForms.Advertising,
            AdRule(["虚假广告", "虚假宣传", "与实际不符", "和实际不符", "跟实际不符", "与实际不一样", "和实际不一样", "跟实际不一样",
                    "货不对板", "名不副实", "广告不符", "产地造假", "冒充进口", "假冒产地", "挂羊头卖狗肉"],
                ["广告", "宣传", "海报", "产地", "质量", "价格", "实际", "骗"],
                "根本不存在", "根本没有这个", "效果")
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },
        new("GS-GG-002", "发布虚假广告：虚构使用商品或者接受服务的效果", Dept, "广告监管",
            new LegalBasis(Ad, 28, 2, 4), Ad55(), FalseAd(),
            IndustryCommerceForms.Advertising,
            AdRule(["虚构效果", "效果是假的", "效果都是假的", "效果是编的", "前后对比", "对比照", "P的图", "P图", "PS的", "假的案例",
                    "根本没效果", "一点效果都没有", "立竿见影", "一次见效"],
                ["广告", "宣传", "海报", "效果", "美容", "减肥", "美白", "祛斑"],
                "保健品", "保健食品", "医院", "诊所", "治愈率")
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },
        new("GS-GG-003", "发布虚假广告：广告宣传的商品或者服务不存在", Dept, "广告监管",
            new LegalBasis(Ad, 28, 2, 1), Ad55(), FalseAd(),
            IndustryCommerceForms.Advertising,
            AdRule(["根本不存在", "根本没有这个", "根本没这个", "压根没有这个", "压根就没有", "子虚乌有", "不存在的商品", "不存在的服务",
                    "没有这个服务", "没有这个商品", "没有这个活动"],
                ["广告", "宣传", "海报", "打广告", "商品", "服务", "去了"])
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },

        // ---- 广告禁止情形（第五十七条）----
        new("GS-GG-004", "广告使用“国家级”“最高级”“最佳”等用语", Dept, "广告监管",
            new LegalBasis(Ad, 9, Clause: 3), Ad57(1), Art57(),
            IndustryCommerceForms.Advertising,
            AdRule(["国家级", "最高级", "最佳", "顶级", "极品", "史上最", "全网最低", "最低价", "最便宜", "销量第一", "全国第一",
                    "全市第一", "行业第一", "排名第一", "第一品牌", "绝对化用语", "最先进", "最权威", "最正宗"],
                AdContext, "国家机关", "政府")
        )
        {
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo],
        },
        new("GS-GG-005", "广告使用或者变相使用国家机关、国家机关工作人员的名义或者形象", Dept, "广告监管",
            new LegalBasis(Ad, 9, Clause: 2), Ad57(1), Art57(),
            IndustryCommerceForms.Advertising,
            AdRule(["国家机关", "政府推荐", "政府指定", "政府认证", "政府监制", "政府名义", "机关名义", "街道推荐", "公安推荐",
                    "领导人照片", "领导人形象", "领导照片", "冒用政府", "部委推荐"],
                AdContext)
        ) { RequiredEvidence = [EvidenceKind.Photo] },
        new("GS-GG-006", "广告含有淫秽、色情、赌博、迷信、恐怖、暴力的内容", Dept, "广告监管",
            new LegalBasis(Ad, 9, Clause: 8), Ad57(1), Art57(),
            IndustryCommerceForms.Advertising,
            AdRule(["色情广告", "色情画面", "色情图片", "淫秽广告", "低俗广告", "黄色广告", "擦边广告", "广告很黄", "赌博广告",
                    "迷信广告", "算命广告", "风水广告", "开光", "转运", "血腥", "暴力广告", "恐怖画面"],
                ["广告", "海报", "画面", "图片", "电子屏", "孩子", "看到"])
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Video] },
        new("GS-GG-007", "在大众传播媒介或者公共场所、公共交通工具、户外发布烟草广告", Dept, "广告监管",
            new LegalBasis(Ad, 22, 1), Ad57(4), Art57(),
            IndustryCommerceForms.Advertising,
            AdRule(["烟草广告", "香烟广告", "卷烟广告", "烟广告", "雪茄广告", "烟草品牌", "香烟品牌"],
                ["户外", "公共场所", "广告牌", "公交", "海报", "门口", "灯箱", "学校"])
        ) { RequiredEvidence = [EvidenceKind.Photo] },
        new("GS-GG-008", "设计、制作、代理、发布法律、行政法规禁止生产、销售的产品或者提供的服务以及禁止发布广告的商品或者服务的广告", Dept, "广告监管",
            new LegalBasis(Ad, 37), Ad57(5), Art57(),
            IndustryCommerceForms.Advertising,
            AdRule(["违禁品", "禁售", "禁止销售的", "禁止生产的", "明令淘汰", "窃听器", "迷药", "催情药", "假币", "野生动物广告"],
                AdContext)
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },
        new("GS-GG-009", "在指定的医学、药学专业刊物以外发布处方药广告", Dept, "广告监管",
            new LegalBasis(Ad, 15, 2), Ad57(2), Art57(),
            IndustryCommerceForms.Advertising,
            AdRule(["处方药广告", "处方药的广告", "处方药海报", "宣传处方药", "处方药"],
                ["药店", "药房", "广告", "海报", "宣传", "门口", "电子屏"],
                "不要处方", "没处方", "无处方", "凭处方", "不凭处方")
        ) { RequiredEvidence = [EvidenceKind.Photo] },
        new("GS-GG-010", "在大众传播媒介或者公共场所发布声称全部或者部分替代母乳的婴儿乳制品、饮料和其他食品广告", Dept, "广告监管",
            new LegalBasis(Ad, 20), Ad57(3), Art57(),
            IndustryCommerceForms.Advertising,
            AdRule(["替代母乳", "代替母乳", "母乳替代", "取代母乳", "比母乳好", "比母乳还", "媲美母乳", "接近母乳", "婴儿奶粉广告", "奶粉广告"],
                ["母婴店", "商场", "海报", "广告", "宣传", "婴儿", "奶粉"])
        ) { RequiredEvidence = [EvidenceKind.Photo] },

        // ---- 特殊商品和服务广告（第五十八条）----
        new("GS-GG-011", "医疗、药品、医疗器械广告含有功效、安全性的断言或者保证、说明治愈率或者有效率等禁止内容", Dept, "广告监管",
            new LegalBasis(Ad, 16, 1), Ad58(1), Art58(),
            IndustryCommerceForms.Advertising,
            AdRule(["医疗广告", "医院广告", "诊所广告", "药品广告", "医疗器械广告", "治愈率", "有效率", "包治", "根治", "药到病除",
                    "保证治好", "保证治愈", "无效退款", "专家坐诊"],
                ["医院", "诊所", "门诊", "药", "广告", "患者", "病"],
                "保健品", "保健食品")
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },
        new("GS-GG-012", "医疗、药品、医疗器械以外的广告涉及疾病治疗功能，或者使用医疗用语、易与药品、医疗器械相混淆的用语", Dept, "广告监管",
            new LegalBasis(Ad, 17), Ad58(2), Art58(),
            IndustryCommerceForms.Advertising,
            AdRule(["能治病", "治病", "治疗功能", "疗效", "能治", "治高血压", "治糖尿病", "高血压", "糖尿病", "降血压", "降血糖",
                    "降血脂", "抗癌", "防癌", "治失眠", "消炎"],
                ["化妆品", "食品", "茶", "床垫", "理疗", "仪器", "养生", "足浴", "泡脚", "广告", "宣传", "海报"],
                "保健品", "保健食品", "医院", "诊所", "药店", "药房", "医疗广告", "药品广告",
                "包装上", "标签")   // a food label's claims are 食品安全法 matters, not advertising
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },
        new("GS-GG-013", "保健食品广告含有功效断言、涉及疾病预防治疗功能、与药品比较或者利用广告代言人作推荐、证明等禁止内容", Dept, "广告监管",
            new LegalBasis(Ad, 18, 1), Ad58(3), Art58(),
            IndustryCommerceForms.Advertising,
            AdRule(["保健品", "保健食品", "保健品讲座", "保健品广告", "蓝帽子", "不能代替药物"],
                ["老人", "讲座", "包治", "功效", "治病", "宣传", "广告", "推销", "代替药"])
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },
        new("GS-GG-014", "招商等有投资回报预期的商品或者服务广告对收益作保证性承诺、明示或者暗示保本、无风险或者保收益", Dept, "广告监管",
            new LegalBasis(Ad, 25, Clause: 1), Ad58(7), Art58(),
            IndustryCommerceForms.Advertising,
            AdRule(["保本", "稳赚", "稳赚不赔", "无风险", "零风险", "保收益", "高回报", "躺赚", "收益翻倍", "加盟广告", "招商广告",
                    "投资回报", "年化"],
                ["广告", "宣传", "传单", "投资", "加盟", "项目", "招商"],
                "楼盘", "房子", "房产", "商铺", "售楼")
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },
        new("GS-GG-015", "房地产广告房源信息不真实、未表明面积类型，或者含有升值、投资回报承诺、以到达参照物所需时间表示项目位置、对规划设施作误导宣传等内容", Dept, "广告监管",
            new LegalBasis(Ad, 26), Ad58(8), Art58(),
            IndustryCommerceForms.Advertising,
            AdRule(["房地产广告", "楼盘广告", "售楼广告", "售楼处的广告", "售楼处广告", "售楼宣传", "楼盘宣传", "升值", "学区房",
                    "分钟到", "分钟直达", "距地铁", "套内面积", "房源信息", "假房源", "商铺广告", "投资商铺"],
                ["房子", "广告", "宣传", "海报", "开发商", "中介", "保证", "规划", "楼盘", "售楼"],
                "路灯", "灯杆", "天桥", "挂满")   // where an ad hangs is city management's (CG-GG-*)
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },

        // ---- 广告表述、专利（第五十九条）----
        new("GS-GG-016", "广告对商品或者服务的性能、价格、允诺等表示不准确、清楚、明白", Dept, "广告监管",
            new LegalBasis(Ad, 8, 1), Ad59(1), Art59(),
            IndustryCommerceForms.Advertising,
            AdRule(["价格不清", "标价不清", "写得不清楚", "没写清楚", "不写清楚", "低至", "一折起", "起价", "小字", "含糊",
                    "文字游戏", "最终解释权", "附加条件"],
                ["广告", "海报", "宣传", "活动", "价格", "优惠", "门口"],
                "赠品", "赠送", "买一送一", "免费送", "买就送", "包装上", "生产日期", "标签")
        )
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
        },
        new("GS-GG-017", "广告表明附带赠送商品或者服务，未明示所附带赠送商品或者服务的品种、规格、数量、期限和方式", Dept, "广告监管",
            new LegalBasis(Ad, 8, 2), Ad59(1), Art59(),
            IndustryCommerceForms.Advertising,
            AdRule(["赠品", "赠送", "买一送一", "免费送", "买就送", "满送", "送的东西", "送礼品"],
                ["广告", "海报", "宣传", "数量", "规格", "期限", "没写", "活动"])
        )
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
        },
        new("GS-GG-018", "未取得专利权而在广告中谎称取得专利权", Dept, "广告监管",
            new LegalBasis(Ad, 12, 2), Ad59(3), Art59(),
            IndustryCommerceForms.Advertising,
            AdRule(["谎称专利", "假专利", "专利号", "专利产品", "国家专利", "专利技术", "专利"],
                ["广告", "宣传", "包装", "写着", "海报"])
        )
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },

        // ---- 发送广告、公共场所管理者、户外广告、广告经营者 ----
        new("GS-GG-019", "未经当事人同意或者请求，向其住宅、交通工具等发送广告或者以电子信息方式发送广告", Dept, "广告监管",
            new LegalBasis(Ad, 43, 1), new LegalBasis(Ad, 62, 1),
            new PenaltyRange("责令停止违法行为，对广告主处五千元以上三万元以下的罚款") { Fine = new FineBand(5000, 30000) },
            IndustryCommerceForms.Advertising,
            new KeywordRule(["塞广告", "塞传单", "塞卡片", "往门缝", "门缝里", "塞进门", "插在门把手", "门把手上", "车窗上", "车门上",
                "雨刮器", "插卡片", "夹广告", "往车上", "广告短信", "垃圾短信", "推销短信"])
            {
                Context = ["广告", "传单", "家里", "车", "每天", "同意", "卡片"],
                Excludes = ["喇叭", "培训", "补习", "辅导班"],
            })
        {
            FirstOffenceExemption = true,
        },
        new("GS-GG-020", "公共场所的管理者对明知或者应知的利用其场所发送、发布违法广告不予制止", Dept, "广告监管",
            new LegalBasis(Ad, 45), new LegalBasis(Ad, 63),
            new PenaltyRange("没收违法所得，违法所得五万元以上的，并处违法所得一倍以上三倍以下的罚款，违法所得不足五万元的，并处一万元以上五万元以下的罚款")
                { Fine = new FineBand(10000, 50000) },
            IndustryCommerceForms.Advertising,
            AdRule(["不制止", "也不制止", "不予制止", "放任违法广告", "放任发布", "违法广告也不管", "广告也不管"],
                ["商场", "市场", "广场", "车站", "违法广告", "管理方", "明知"],
                "物业", "业主", "无证", "摊位", "熟食", "食品")
        ) { RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document] },
        new("GS-GG-021", "利用交通安全设施、交通标志设置户外广告，或者设置户外广告影响市政公共设施、交通安全设施、交通标志、消防设施、消防安全标志使用（第四十二条第（一）、（二）项）", Dept, "广告监管",
            new LegalBasis(Ad, 42), new LegalBasis(Ad, 41, 2),
            new PenaltyRange("户外广告的管理办法，由地方性法规、地方政府规章规定") { LocalRule = AdLocalRule },
            IndustryCommerceForms.Advertising,
            AdRule(["交通标志上", "交通指示牌上", "指示牌上挂", "路牌上挂", "红绿灯上", "信号灯杆上", "交通护栏上", "隔离栏上", "护栏广告",
                    "挡住交通标志", "遮挡交通标志", "挡住指示牌", "挡住路牌", "消防栓上", "挡住消防", "遮挡消防"],
                ["广告", "户外广告", "广告牌", "横幅", "挂", "挡"],
                "路灯")
        )
        {
            FirstOffenceExemption = true,
        },
        new("GS-GG-022", "广告经营者、广告发布者未依法查验有关证明文件、核对广告内容，为内容不符或者证明文件不全的广告提供设计、制作、代理服务或者予以发布", Dept, "广告监管",
            new LegalBasis(Ad, 34, 2), new LegalBasis(Ad, 60, 1),
            new PenaltyRange("责令改正，可以处五万元以下的罚款") { Fine = new FineBand(0, 50000) },
            IndustryCommerceForms.Advertising,
            AdRule(["图文店", "广告公司", "广告店", "喷绘店", "打印店", "制作广告", "做广告的店", "没核对", "不核对", "不查验"],
                ["广告", "证明", "印", "做", "内容", "什么都接"],
                "楼顶", "广告牌", "外卖", "平台")
        )
        {
            SimpleProcedureAllowed = true,
            FirstOffenceExemption = true,
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },

        // ---- 燃料及含挥发性有机物产品的销售（大气污染防治法 第一百零三条）----
        new("GS-DQ-001", "销售不符合质量标准的煤炭（含不符合民用散煤质量标准的煤炭）、石油焦", Dept, "燃料及产品质量",
            new LegalBasis(Air, 36), new LegalBasis(Air, 103, Clause: 1), Air103(),
            IndustryCommerceForms.Product,
            new KeywordRule(["散煤", "劣质煤", "劣质散煤", "高硫煤", "煤炭质量", "煤质", "石油焦", "煤炭"])
            {
                Context = ["卖", "销售", "煤场", "煤店", "黑烟", "质量", "不合格"],
                Excludes = ["蜂窝煤", "煤球", "禁燃区", "运煤车", "燃用", "烧锅炉", "扬尘", "没盖", "煤气", "液化气", "燃气"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("GS-DQ-002", "在禁燃区内销售高污染燃料", Dept, "燃料及产品质量",
            new LegalBasis(Air, 38, 2), new LegalBasis(Air, 103, Clause: 4), Air103(),
            IndustryCommerceForms.Product,
            new KeywordRule(["禁燃区", "高污染燃料", "蜂窝煤", "煤球", "卖煤球", "卖蜂窝煤"])
            {
                Context = ["卖", "销售", "店", "三轮车", "拉着", "送货"],
                // burning them is 燃用 (生态环境, 大气污染防治法 第一百零七条), not selling
                Excludes = ["燃用", "烧锅炉", "新建锅炉", "烧煤", "烧蜂窝煤", "煤球炉", "炉子"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("GS-DQ-003", "销售不符合标准的机动车船和非道路移动机械用燃料、发动机油、氮氧化物还原剂、燃料和润滑油添加剂以及其他添加剂", Dept, "燃料及产品质量",
            new LegalBasis(Air, 65), new LegalBasis(Air, 103, Clause: 3), Air103(),
            IndustryCommerceForms.Product,
            new KeywordRule(["劣质油", "劣质柴油", "劣质汽油", "黑加油站", "黑加油点", "流动加油", "非标油", "调和油", "普通柴油",
                "假尿素", "车用尿素", "尿素溶液", "劣质机油", "假机油"])
            {
                Context = ["加油", "卖", "销售", "货车", "尾气", "黑烟", "油罐"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
        new("GS-DQ-004", "销售挥发性有机物含量不符合质量标准或者要求的原材料和产品", Dept, "燃料及产品质量",
            new LegalBasis(Air, 44, 1), new LegalBasis(Air, 103, Clause: 2), Air103(),
            IndustryCommerceForms.Product,
            new KeywordRule(["挥发性有机物", "VOC", "voc", "劣质油漆", "劣质涂料", "油漆超标", "涂料超标", "油漆不合格", "涂料不合格",
                "劣质胶水", "胶水超标", "稀释剂超标", "天那水"])
            {
                Context = ["卖", "销售", "超标", "刺鼻", "建材", "质量", "不合格"],
                Excludes = ["喷漆", "刷漆", "汽修", "干洗", "装修队", "在刷", "楼上装修"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },

        // ---- 商品过度包装 ----
        new("GS-BZ-001", "生产经营者未遵守限制商品过度包装的强制性标准", Dept, "商品过度包装",
            new LegalBasis(SolidWaste, 68, 2), new LegalBasis(SolidWaste, 105),
            new PenaltyRange("责令改正；拒不改正的，处二千元以上二万元以下的罚款；情节严重的，处二万元以上十万元以下的罚款")
                { Fine = new FineBand(2000, 20000) },
            IndustryCommerceForms.Product,
            new KeywordRule(["过度包装", "包装过度", "豪华包装", "天价月饼", "包装比东西", "层层包装", "包装太夸张", "包装太多", "包装浪费"])
            {
                Context = ["月饼", "茶叶", "礼盒", "粽子", "酒", "超市", "商场"],
                Excludes = ["快递", "外卖"],
            })
        {
            SimpleProcedureAllowed = true,   // the band reaches down to 2,000 yuan: within 3,000 yuan for an organisation
            FirstOffenceExemption = true,
        },

        // ---- 消防产品 ----
        // 第六十五条第一款 sends the penalty to 产品质量法, which is not among the reference texts: no figure here.
        new("GS-XF-001", "销售不合格的消防产品或者国家明令淘汰的消防产品", Dept, "消防产品质量",
            new LegalBasis(Fire, 24, 1), new LegalBasis(Fire, 65, 1),
            new PenaltyRange("由产品质量监督部门或者工商行政管理部门依照《中华人民共和国产品质量法》的规定从重处罚"),
            IndustryCommerceForms.Product,
            new KeywordRule(["卖灭火器", "推销灭火器", "销售灭火器", "卖的灭火器", "假灭火器", "劣质灭火器", "不合格灭火器", "不合格的灭火器",
                "卖消防器材", "推销消防器材", "不合格的消防", "消防产品", "卖防火门", "卖烟感", "推销逃生面具"])
            {
                Context = ["卖", "销售", "推销", "上门", "不合格", "假", "劣质", "淘汰"],
                Excludes = ["没有灭火器", "没配灭火器", "没配备", "灭火器过期", "通道", "堵", "占用"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },

        // ---- 机动车产品 ----
        new("GS-JD-001", "擅自销售未经国家机动车产品主管部门许可生产的机动车型", Dept, "机动车产品",
            new LegalBasis(RoadTraffic, 103, 3), new LegalBasis(RoadTraffic, 103, 3),
            new PenaltyRange("没收非法生产、销售的机动车成品及配件，可以并处非法产品价值三倍以上五倍以下罚款；有营业执照的，由工商行政管理部门吊销营业执照，没有营业执照的，予以查封"),
            IndustryCommerceForms.Product,
            new KeywordRule(["老年代步车", "代步车", "老头乐", "低速电动车", "电动四轮", "四轮电动", "目录外车型", "没有合格证的车"])
            {
                Context = ["卖", "销售", "店", "车行", "门店", "展厅"],
                Excludes = ["乱停", "停在", "占道", "逆行", "闯红灯", "充电", "撞"],
            })
        {
            RequiredEvidence = [EvidenceKind.Photo, EvidenceKind.Document],
        },
    ];
}
