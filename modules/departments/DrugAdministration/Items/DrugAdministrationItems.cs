using Enforcement.Modules.DrugAdministration.Forms;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Rules;
using static Enforcement.Shared.Catalogue.EvidenceKind;

namespace Enforcement.Modules.DrugAdministration.Items;

/// <summary>
/// The food-safety items of 食品药品监督管理局 (stationed at the sub-district: every item is 派驻执法).
/// </summary>
/// <remarks>
/// <para>
/// Every citation is of 食品安全法 as it stands in shared/reference/statutes (the 2021 text). The law was
/// amended in September 2025, so every <see cref="LegalBasis"/> carries <see cref="CheckNote"/>
/// (待核对现行文本): article numbers, clauses and amounts must be checked against the current text
/// before a decision relies on them.
/// </para>
/// <para>
/// Penalty wordings are copied verbatim from the penalty provision. Where the article fines by 货值金额
/// (第一百二十二条至第一百二十五条: a fixed band below 一万元 of goods, a multiple of the goods' value from
/// 一万元 up), <see cref="PenaltyRange.Fine"/> holds the fixed band only — it applies only where 货值金额
/// 不足一万元; the multiple is in the wording, and <c>ValueBasedFineRule</c> checks a proposed fine
/// against whichever of the two applies.
/// </para>
/// <para>
/// 第三十四条 has one paragraph, so its clauses are cited without a paragraph (第三十四条第（十）项);
/// the penalty articles with several paragraphs are cited with it (第一百二十四条第一款第（五）项).
/// </para>
/// <para>
/// SimpleProcedureAllowed (行政处罚法 第五十一条): true where the article's first step is a warning
/// (第一百二十六条, 第一百三十二条) or the band reaches down to 200 yuan (第一百二十五条第二款: 二千元以下).
/// Not where the amount is set by provincial rules (第一百二十七条). FirstOffenceExemption (首违不罚) is
/// off for every item that touches food safety; only the label flaw that by definition 不影响食品安全且不会
/// 对消费者造成误导 (第一百二十五条第二款) allows it.
/// </para>
/// </remarks>
internal static class DrugAdministrationItems
{
    private const string Dept = DrugAdministrationModule.ModuleKey;

    private const string FoodLaw = "食品安全法";

    /// <summary>The reference text predates the amendment of September 2025.</summary>
    public const string CheckNote = "待核对现行文本";

    private static LegalBasis Food(int article, int? paragraph = null, int? clause = null) =>
        new(FoodLaw, article, paragraph, clause) { CheckNote = CheckNote };

    // ---- penalty wordings, verbatim ---------------------------------------------------------------

    private static PenaltyRange Art122Para1() => new(
        "没收违法所得和违法生产经营的食品、食品添加剂以及用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款")
    { Fine = new FineBand(50000, 100000) };

    private static PenaltyRange Art122Para2() => new(
        "责令停止违法行为，没收违法所得，并处五万元以上十万元以下罚款")
    { Fine = new FineBand(50000, 100000) };

    private static PenaltyRange Art123Para1() => new(
        "没收违法所得和违法生产经营的食品，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品货值金额不足一万元的，并处十万元以上十五万元以下罚款；货值金额一万元以上的，并处货值金额十五倍以上三十倍以下罚款；情节严重的，吊销许可证，并可以由公安机关对其直接负责的主管人员和其他直接责任人员处五日以上十五日以下拘留")
    { Fine = new FineBand(100000, 150000) };

    private static PenaltyRange Art124Para1() => new(
        "没收违法所得和违法生产经营的食品、食品添加剂，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款；情节严重的，吊销许可证")
    { Fine = new FineBand(50000, 100000) };

    private static PenaltyRange Art125Para1() => new(
        "没收违法所得和违法生产经营的食品、食品添加剂，并可以没收用于违法生产经营的工具、设备、原料等物品；违法生产经营的食品、食品添加剂货值金额不足一万元的，并处五千元以上五万元以下罚款；货值金额一万元以上的，并处货值金额五倍以上十倍以下罚款；情节严重的，责令停产停业，直至吊销许可证")
    { Fine = new FineBand(5000, 50000) };

    private static PenaltyRange Art126Para1() => new(
        "责令改正，给予警告；拒不改正的，处五千元以上五万元以下罚款；情节严重的，责令停产停业，直至吊销许可证")
    { Fine = new FineBand(5000, 50000) };

    private static PenaltyRange Art130Para1() => new(
        "责令改正，没收违法所得，并处五万元以上二十万元以下罚款；造成严重后果的，责令停业，直至由原发证部门吊销许可证")
    { Fine = new FineBand(50000, 200000) };

    private static PenaltyRange Art131Para1() => new(
        "责令改正，没收违法所得，并处五万元以上二十万元以下罚款；造成严重后果的，责令停业，直至由原发证部门吊销许可证")
    { Fine = new FineBand(50000, 200000) };

    private static PenaltyRange Art132() => new(
        "责令改正，给予警告；拒不改正的，责令停产停业，并处一万元以上五万元以下罚款；情节严重的，吊销许可证")
    { Fine = new FineBand(10000, 50000) };

    /// <summary>第一百二十七条 refers 小作坊 and 食品摊贩 to provincial rules: the law sets no penalty of its own.</summary>
    private static PenaltyRange Art127() => new("依照省、自治区、直辖市制定的具体管理办法执行")
    {
        LocalRule = "处罚种类和罚款数额由所在地省、自治区、直辖市制定的食品生产加工小作坊和食品摊贩具体管理办法（地方性法规或政府规章）规定；" +
                    "本系统未收录该地方规定文本，数额待核对",
    };

    // ---- keyword helpers --------------------------------------------------------------------------

    private static KeywordRule Words(string[] keywords, string[] context, string[] excludes) =>
        new(keywords) { Context = context, Excludes = excludes };

    /// <summary>Every left word followed by every right word: 无证 × 小吃店 → 无证小吃店.</summary>
    private static string[] Cross(string[] left, string[] right) => [.. from l in left from r in right select l + r];

    // "No licence" as residents say it, before and after the place it concerns. 无照 (no business
    // licence) is the industry-commerce module's; only 证 / 许可证 words are used here.
    private static readonly string[] NoLicenceBefore = ["无证", "无证的", "无证经营的", "没有证的", "没证的", "没有许可证的", "没办证的"];
    private static readonly string[] NoLicenceAfter =
        ["无证", "无证经营", "没有证", "没证", "没有许可证", "没有办证", "没办证", "没有食品经营许可", "根本没有证", "根本没证", "也没有证", "都没有证", "一直没有证"];
    private static readonly string[] LicenceNames = ["食品经营许可", "餐饮许可证", "餐饮服务许可", "卫生许可证", "食品许可证"];

    private static readonly string[] CateringPlaces =
        ["饭店", "餐馆", "餐厅", "饭馆", "小饭馆", "小吃店", "快餐店", "早餐店", "早点铺", "面馆", "火锅店", "烧烤店", "奶茶店", "外卖店", "私房菜", "大排档", "小餐馆", "外卖"];

    private static readonly string[] SalesPlaces =
        ["小卖部", "便利店", "食品店", "杂货店", "零食店", "卤菜店", "卤味店", "熟食店", "糕点店", "蛋糕店", "面包店", "副食店", "超市", "商店"];

    private static readonly string[] FactoryPlaces = ["食品厂", "食品加工厂", "加工厂", "加工点", "生产点", "工厂"];

    // Words for the places a kitchen is, for the kitchen-hygiene item.
    private static readonly string[] Kitchens = ["后厨", "厨房", "操作间", "加工间", .. CateringPlaces];

    // Foreign matter found in a dish: 菜里有头发 is 混有异物, not kitchen hygiene.
    private static readonly string[] InTheDish = ["吃出", "菜里", "饭里", "汤里", "面里", "碗里", "外卖里", "盒饭里", "包子里"];

    // Stench that is not food gone off: rivers, drains, rubbish, factories (the environment and city-management modules').
    private static readonly string[] SmellsNotFood =
        ["河道", "河水", "河边", "小河", "沟渠", "水沟", "臭水沟", "厕所", "垃圾", "下水", "污水", "化粪池", "粪", "工厂", "厂里", "养殖"];

    // Things that expire but are not food (fire extinguishers, licences, certificates).
    private static readonly string[] NonFoodExpiry =
        ["灭火器", "消防", "执照", "许可证过期", "证件", "健康证", "驾驶证", "行驶证", "年检", "药品", "过期药", "优惠券", "会员卡", "合同", "板房", "临时建筑", "审批"];

    // Markets and platforms: complaints about the operator, not the vendor.
    private static readonly string[] MarketOperators =
        ["市场开办方", "市场开办者", "市场管理方", "市场管理处", "市场管理办", "市场管理的", "开办方", "展销会", "美食节", "庙会", "柜台出租", "柜台租给", "夜市管理方"];

    private static readonly string[] LicenceTroubleWords = ["无证", "没有证", "没证", "没有许可证", "没有许可"];

    // Agricultural-produce sellers keep records under 第六十五条, other food businesses under 第五十三条.
    private static readonly string[] ProduceSellers =
        ["菜市场", "农贸市场", "菜摊", "肉摊", "水产", "蔬菜", "水果", "农产品", "鸡蛋", "摊主"];

    private static readonly string[] RecordWords = ["台账", "进货台账", "进货记录", "进货查验记录", "进货凭证", "购进记录"];

    public static readonly IReadOnlyList<EnforcementItem> All =
    [
        // ---- 食品经营许可 (第三十五条 / 第一百二十二条) ----
        new("YJ-XK-001", "未取得食品经营许可从事餐饮服务（无证餐饮）", Dept, "食品经营许可",
            Food(35, 1), Food(122, 1), Art122Para1(),
            DrugAdministrationForms.Licence,
            Words([.. Cross(NoLicenceBefore, CateringPlaces), .. Cross(CateringPlaces, NoLicenceAfter),
                   "无证餐饮", "黑餐馆", "黑饭店", "私厨", "在家做外卖", "在家里做外卖", "在家做饭卖", "居民楼里做外卖", .. LicenceNames],
                ["无证", "没有证", "没证", "什么证都没有", "啥证都没有", "饭店", "餐馆", "小吃", "早餐", "外卖", "做饭", "炒菜", "路边", "卖吃的"],
                ["摊", "作坊", "平台", "美团", "饿了么", "租给", "明知", "市场管理", "开办方"])),
        new("YJ-XK-002", "未取得食品经营许可从事食品销售（仅销售预包装食品、食用农产品的除外）", Dept, "食品经营许可",
            Food(35, 1), Food(122, 1), Art122Para1(),
            DrugAdministrationForms.Licence,
            Words([.. Cross(NoLicenceBefore, SalesPlaces), .. Cross(SalesPlaces, NoLicenceAfter), "无证销售食品", "无证卖熟食", "无证卖卤菜", .. LicenceNames],
                ["无证", "没有证", "没证", "熟食", "卤菜", "散装", "零食", "食品", "卖"],
                ["摊", "作坊", "平台", "美团", "饿了么", "租给", "明知", "市场管理", "开办方"])),
        new("YJ-XK-003", "未取得食品生产许可从事食品生产", Dept, "食品经营许可",
            Food(35, 1), Food(122, 1), Art122Para1(),
            DrugAdministrationForms.Licence,
            Words([.. Cross(["无证", "无证的", "没有证的", "地下", "黑"], FactoryPlaces), .. Cross(FactoryPlaces, ["无证", "没有证", "没证", "没有生产许可", "没有许可证"]),
                   "无证生产", "没有生产许可证", "没有食品生产许可", "食品生产许可证", "没有SC", "没有sc", "无SC编号"],
                ["生产", "加工", "食品", "豆腐", "豆芽", "月饼", "辣条", "馒头", "面条", "饮料", "批发"],
                ["作坊", "噪音", "噪声", "吵", "臭气", "恶臭", "污水"])),
        new("YJ-XK-004", "明知从事无证食品生产经营活动，仍为其提供生产经营场所或者其他条件", Dept, "食品经营许可",
            Food(122, 2), Food(122, 2), Art122Para2(),
            DrugAdministrationForms.Licence,
            Words([.. Cross(["租给", "出租给", "提供场地给", "提供场所给", "提供厨房给", "提供仓库给", "门面租给", "房子租给"], ["无证", "没证的", "没有证的", "没有许可证的"]),
                   .. Cross(["明知", "明明知道", "明知道"], ["无证", "没有证", "没证", "没有许可证", "是无证", "他们无证", "他们没有证", "他们没证", "对方没有证"]),
                   "提供生产经营场所"],
                ["无证", "没证", "没有证", "没有许可", "房东", "二房东", "出租", "租给", "门面", "饭店", "餐馆", "食品", "明知"],
                // 无照 (营业执照) premises are the industry-commerce module's (无证无照经营查处办法 第十四条).
                ["群租", "隔断", "营业执照", "执照", "无照"])),

        // ---- 问题食品 (第三十四条 / 第一百二十三条至第一百二十五条) ----
        new("YJ-SP-001", "经营超过保质期的食品、食品添加剂", Dept, "问题食品",
            Food(34, clause: 10), Food(124, 1, 5), Art124Para1(),
            DrugAdministrationForms.Product,
            Words(["过期", "过期的", "过期食品", "过期了", "卖过期", "过了保质期", "超过保质期", "超保质期", "保质期过了", "已经过期", "早就过期"],
                ["超市", "小卖部", "便利店", "商店", "买到", "买了", "货架", "牛奶", "酸奶", "面包", "零食", "饮料", "方便面", "食品", "蛋糕", "月饼"],
                ["原料", "食材", "后厨", "改日期", "篡改", "换标签", "重新贴", "打码", "撕掉标签", "撕标签", .. NonFoodExpiry]))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-SP-002", "经营标注虚假生产日期、保质期的食品、食品添加剂", Dept, "问题食品",
            Food(34, clause: 10), Food(124, 1, 5), Art124Para1(),
            DrugAdministrationForms.Product,
            Words(["篡改日期", "篡改生产日期", "改生产日期", "改日期", "改了日期", "修改日期", "修改生产日期", "重新打码", "重新打日期", "重新贴标签", "重新贴日期",
                   "换标签", "换包装", "撕掉标签", "撕标签", "日期造假", "虚假日期", "假日期", "日期是假的", "提前打日期", "生产日期是明天", "生产日期还没到"],
                ["生产日期", "保质期", "过期", "超市", "贴", "标签", "卖"],
                NonFoodExpiry))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-SP-003", "用超过保质期的食品原料、食品添加剂生产食品、食品添加剂，或者经营上述食品、食品添加剂", Dept, "问题食品",
            Food(34, clause: 3), Food(124, 1, 2), Art124Para1(),
            DrugAdministrationForms.Product,
            Words(["过期原料", "过期食材", "过期的原料", "过期的食材", "过期的面粉", "过期的奶油", "过期的调料", "过期的油", "用过期", "拿过期", "过期的东西做"],
                ["后厨", "厨房", "饭店", "餐馆", "做菜", "做饭", "加工", "蛋糕店", "面包房", "生产"],
                NonFoodExpiry))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-SP-004", "生产经营腐败变质、油脂酸败、霉变生虫的食品、食品添加剂", Dept, "问题食品",
            Food(34, clause: 6), Food(124, 1, 4), Art124Para1(),
            DrugAdministrationForms.Product,
            Words([.. Cross(["水果", "菜", "肉", "鱼", "虾", "蔬菜", "鸡蛋", "面包", "蛋糕", "熟食", "鸭子", "鸡"],
                            ["烂了", "坏了", "臭了", "发臭", "变味了", "馊了", "都烂了", "都坏了", "都臭了", "都发臭", "是坏的", "是臭的", "是烂的"]),
                   "变质", "腐败", "发霉", "霉变", "长毛", "霉斑", "生虫", "长虫", "馊了", "发馊", "馊味", "酸败", "哈喇味", "腐烂", "烂了的", "坏了的", "臭肉"],
                ["臭", "肉", "菜", "面包", "大米", "米里", "油", "超市", "饭店", "卖", "吃了", "拉肚子"],
                [.. SmellsNotFood, "官员", "干部", "贪污", .. InTheDish]))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-SP-005", "生产经营污秽不洁、混有异物、掺假掺杂或者感官性状异常的食品、食品添加剂", Dept, "问题食品",
            Food(34, clause: 6), Food(124, 1, 4), Art124Para1(),
            DrugAdministrationForms.Product,
            Words([.. Cross(InTheDish, ["有头发", "有根头发", "有虫", "有苍蝇", "有蟑螂", "有异物", "有钢丝", "有塑料", "有玻璃", "有石子", "有只"]),
                   .. Cross(["吃出"], ["虫", "头发", "苍蝇", "蟑螂", "异物", "钢丝", "塑料", "玻璃", "石子"]),
                   "异物", "吃出", "掺假", "掺杂", "掺水", "注水肉", "注水牛肉", "注水猪肉", "肉注水", "污秽不洁", "玻璃渣", "钢丝球"],
                ["头发", "虫子", "苍蝇", "蟑螂", "钢丝", "塑料", "饭店", "外卖", "买的", "恶心"],
                []))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-SP-006", "经营病死、毒死或者死因不明的禽、畜、兽、水产动物肉类，或者生产经营其制品", Dept, "问题食品",
            Food(34, clause: 7), Food(123, 1, 3), Art123Para1(),
            DrugAdministrationForms.Product,
            Words([.. Cross(["病死", "卖病死", "收病死"], ["鸡", "鸭", "鹅", "猪", "牛", "羊", "禽", "畜"]),
                   "病死", "死猪", "死鸡", "死鸭", "死牛", "死羊", "病猪", "病鸡", "瘟猪", "瘟鸡", "死因不明", "毒死", "病死肉", "死了的鸡", "死了的猪", "死掉的鸡", "死掉的猪"],
                ["肉", "卖", "收购", "市场", "饭店", "冷库", "熟食", "做成"],
                ["宠物"]))
        {
            RequiredEvidence = [Photo, Video, Document],
        },
        new("YJ-SP-007", "经营未按规定进行检疫或者检疫不合格的肉类，或者生产经营未经检验或者检验不合格的肉类制品", Dept, "问题食品",
            Food(34, clause: 8), Food(123, 1, 4), Art123Para1(),
            DrugAdministrationForms.Product,
            Words(["检疫", "没有检疫", "未检疫", "检疫证", "检疫章", "检疫合格证", "没盖章的肉", "没有盖章的肉", "没盖章的猪肉", "蓝印", "滚花章", "私宰", "私屠滥宰", "私自屠宰",
                   "来路不明的肉", "来路不明的猪肉", "来源不明的肉", "来源不明的猪肉"],
                ["猪肉", "牛肉", "羊肉", "肉", "肉摊", "肉铺", "菜市场"],
                []))
        {
            RequiredEvidence = [Photo, Video, Document],
        },
        new("YJ-SP-008", "用非食品原料生产食品、在食品中添加食品添加剂以外的化学物质和其他可能危害人体健康的物质，或者用回收食品作为原料生产食品，或者经营上述食品", Dept, "问题食品",
            Food(34, clause: 1), Food(123, 1, 1), Art123Para1(),
            DrugAdministrationForms.Product,
            Words(["地沟油", "潲水油", "泔水油", "回收油", "口水油", "回收的火锅底料", "回收火锅底料", "火锅底料重复使用", "重复使用火锅底料", "罂粟壳", "罂粟",
                   "工业盐", "工业明胶", "工业酒精", "硼砂", "吊白块", "福尔马林", "甲醛泡", "用甲醛", "泡甲醛", "苏丹红", "孔雀石绿", "非食用", "非食品原料",
                   "剩菜回收", "回收剩菜", "剩饭剩菜再卖", "剩菜再卖", "敌敌畏"],
                ["火锅", "饭店", "餐馆", "炸", "油", "海鲜", "卤", "辣椒", "加了", "泡"],
                ["装修", "家具", "新房", "板材"]))
        {
            RequiredEvidence = [Photo, Video, Document],
        },
        new("YJ-SP-009", "生产经营致病性微生物，农药残留、兽药残留、生物毒素、重金属等污染物质以及其他危害人体健康的物质含量超过食品安全标准限量的食品、食品添加剂", Dept, "问题食品",
            Food(34, clause: 2), Food(124, 1, 1), Art124Para1(),
            DrugAdministrationForms.Product,
            Words(["农药残留", "农残", "农药超标", "兽药残留", "兽残", "兽药超标", "重金属超标", "重金属", "致病菌", "菌落总数超标", "大肠杆菌超标", "蔬菜超标", "快检不合格", "抽检不合格"],
                ["蔬菜", "青菜", "韭菜", "豆角", "水果", "菜市场", "菜摊", "鱼", "虾", "检测", "农药味"],
                ["树", "绿化", "花草", "喷洒"]))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-SP-010", "生产经营超范围、超限量使用食品添加剂的食品", Dept, "问题食品",
            Food(34, clause: 4), Food(124, 1, 3), Art124Para1(),
            DrugAdministrationForms.Product,
            Words(["添加剂", "色素", "加色素", "染色", "染色馒头", "甜蜜素", "防腐剂", "糖精", "亚硝酸盐", "明矾", "铝超标", "膨松剂", "柠檬黄", "日落黄", "胭脂红", "颜色太鲜艳", "漂白"],
                ["馒头", "卤菜", "卤肉", "熟食", "油条", "凉皮", "粉丝", "腊肉", "饮料", "蛋糕", "超标", "加了"],
                ["漂白粉", "游泳池", "泳池", "苏丹红", "地沟油"]))
        {
            RequiredEvidence = [Photo, Document],
        },

        // ---- 食品标签 ----
        new("YJ-BQ-001", "生产经营无标签的预包装食品、食品添加剂", Dept, "食品标签",
            Food(34, clause: 11), Food(125, 1, 2), Art125Para1(),
            DrugAdministrationForms.Label,
            Words(["三无产品", "三无食品", "三无零食", "三无饮料", "三无辣条", "没有标签", "无标签", "没标签", "没有生产日期", "没有保质期", "没有厂家", "没有厂名", "没有厂址",
                   "没有生产厂家", "什么标识都没有", "没有任何标识", "没有中文标签", "无中文标签"],
                ["包装", "零食", "辣条", "小卖部", "饮料", "食品", "超市", "学校门口", "买的"],
                ["散装", "散称", "称重", "散卖", "三无小区", "日期看不清", "看不清"]))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-BQ-002", "生产经营标签、说明书含有虚假内容或者涉及疾病预防、治疗功能等不符合本法规定的食品、食品添加剂", Dept, "食品标签",
            Food(71, 1), Food(125, 1, 2), Art125Para1(),
            DrugAdministrationForms.Label,
            Words(["能治病", "治病", "治疗", "降血压", "降血糖", "降血脂", "抗癌", "防癌", "包治", "药效", "疗效", "治糖尿病", "预防疾病", "虚假标签", "标签造假", "配料表造假",
                   "和标签不符", "与标签不符", "和包装上写的不一样"],
                ["标签上写", "包装上写", "标签上说", "包装上说", "说明书上写", "食品", "保健品", "保健食品", "茶", "饮料", "包装", "标签", "超市", "买"],
                ["广告", "传单", "宣传单", "讲座", "会销", "直播", "推销", "医院", "诊所", "药店", "药品", "专利", "化妆品", "电器", "净水器"]))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-BQ-003", "销售散装食品，未在散装食品的容器、外包装上标明食品的名称、生产日期或者生产批号、保质期以及生产经营者名称、地址、联系方式等内容", Dept, "食品标签",
            Food(68), Food(125, 1, 2), Art125Para1(),
            DrugAdministrationForms.Label,
            Words(["散装", "散称", "散卖", "称重的", "称重食品", "散装食品", "称重卖"],
                ["没有标", "没标", "没有生产日期", "没有保质期", "没写", "标签", "生产日期", "保质期", "超市", "糖果", "饼干", "坚果"],
                ["过期", "变质", "发霉"]))
        {
            RequiredEvidence = [Photo],
        },
        new("YJ-BQ-004", "食品、食品添加剂的标签、说明书存在瑕疵但不影响食品安全且不会对消费者造成误导", Dept, "食品标签",
            Food(71, 2), Food(125, 2), new PenaltyRange("责令改正；拒不改正的，处二千元以下罚款") { Fine = new FineBand(0, 2000) },
            DrugAdministrationForms.Label,
            Words([.. Cross(["日期", "生产日期", "保质期", "标签", "字"], ["看不清", "模糊", "不清楚", "印得模糊", "不清晰"]),
                   .. Cross(["看不清", "看不到", "找不到"], ["日期", "生产日期", "保质期"]), "标签错别字", "标签有错别字", "标签瑕疵", "标签不规范", "字太小"],
                ["包装", "标签", "超市", "买", "食品", "零食"],
                ["过期", "篡改", "改日期"]))
        {
            SimpleProcedureAllowed = true,
            // The only food item on the first-offence list: by the article's own words the flaw neither
            // affects food safety nor misleads consumers (行政处罚法 第三十三条第一款).
            FirstOffenceExemption = true,
            RequiredEvidence = [Photo],
        },

        // ---- 餐饮服务 ----
        new("YJ-CY-001", "餐具、饮具和盛放直接入口食品的容器，使用前未经洗净、消毒或者清洗消毒不合格", Dept, "餐饮服务",
            Food(33, 1, 5), Food(126, 1, 5), Art126Para1(),
            DrugAdministrationForms.Catering,
            Words([.. Cross(["碗", "碗筷", "筷子", "餐具", "杯子", "盘子", "茶杯", "勺子"], ["没消毒", "不消毒", "没有消毒", "没洗干净", "洗不干净", "不干净", "很脏", "油腻", "有污渍", "有残渣"]),
                   "餐具", "碗筷", "消毒柜", "洗碗", "一盆水洗", "消毒餐具"],
                ["饭店", "餐馆", "小吃店", "火锅", "油", "脏", "消毒", "一次性"],
                ["电梯", "楼道", "泳池", "游泳", "理发", "美容", "雨水", "下水道", "窨井"]))
        {
            SimpleProcedureAllowed = true,
        },
        new("YJ-CY-002", "学校、托幼机构、养老机构、建筑工地等集中用餐单位未按规定履行食品安全管理责任", Dept, "餐饮服务",
            Food(57, 1), Food(126, 1, 12), Art126Para1(),
            DrugAdministrationForms.Catering,
            Words(["食堂", "学校食堂", "幼儿园食堂", "幼儿园的饭", "幼儿园伙食", "幼儿园饭菜", "学校饭菜", "学生餐", "学校伙食", "养老院伙食", "养老院饭菜", "养老院的饭",
                   "敬老院伙食", "敬老院饭菜", "工地食堂", "单位食堂", "集体用餐", "集中用餐", "营养餐", "配餐"],
                ["孩子", "学生", "老人", "工人", "拉肚子", "吃坏", "卫生", "饭菜", "没人管"],
                []))
        {
            SimpleProcedureAllowed = true,
        },
        // 第四十七条: conditions that no longer meet food-safety requirements must be put right at once.
        // Rats, cockroaches and filth in a kitchen are such conditions (第三十三条第一款第（一）、（二）项).
        new("YJ-CY-003", "食品生产经营条件发生变化，不再符合食品安全要求，未按规定处理（如后厨鼠患、虫害、环境脏乱）", Dept, "餐饮服务",
            Food(47), Food(126, 1, 11), Art126Para1(),
            DrugAdministrationForms.Catering,
            Words([.. Cross(Kitchens, ["有老鼠", "老鼠", "有蟑螂", "蟑螂", "很脏", "脏", "苍蝇", "卫生差", "卫生很差", "卫生太差", "脏乱差", "油污"]),
                   "后厨卫生", "厨房卫生", "操作间卫生", "卫生条件差", "没有防蝇", "没有纱窗", "防鼠"],
                ["饭店", "餐馆", "小吃店", "后厨", "厨房", "卫生", "老鼠", "蟑螂", "苍蝇", "乱窜", "到处爬"],
                ["油烟", "餐具", "碗筷", "健康证", "过期", "变质", "地沟油", .. InTheDish]))
        {
            SimpleProcedureAllowed = true,
        },

        // ---- 从业人员健康 (第四十五条 / 第一百二十六条第一款第（六）项) ----
        new("YJ-RY-001", "安排未取得健康证明的人员从事接触直接入口食品的工作", Dept, "从业人员健康",
            Food(45, 2), Food(126, 1, 6), Art126Para1(),
            DrugAdministrationForms.Catering,
            Words(["健康证", "健康证明", "没有健康证", "无健康证", "没办健康证", "健康证过期", "体检证"],
                ["厨师", "服务员", "员工", "后厨", "店员", "饭店", "帮工", "做饭的", "上岗"],
                []))
        {
            SimpleProcedureAllowed = true,
        },
        // 乙肝 carriers are not barred: the listed diseases are those the health authority names.
        new("YJ-RY-002", "安排患有国务院卫生行政部门规定的有碍食品安全疾病的人员从事接触直接入口食品的工作", Dept, "从业人员健康",
            Food(45, 1), Food(126, 1, 6), Art126Para1(),
            DrugAdministrationForms.Catering,
            Words(["传染病", "肺结核", "结核病", "甲肝", "戊肝", "痢疾", "伤寒", "皮肤病", "化脓", "流脓", "伤口化脓", "带病上岗", "有病还", "生病还在", "烂手"],
                ["厨师", "服务员", "员工", "后厨", "店员", "饭店", "做饭", "接触食品", "包子", "手"],
                []))
        {
            SimpleProcedureAllowed = true,
        },

        // ---- 经营过程控制 ----
        new("YJ-GC-001", "食品经营者采购食品未查验供货者的许可证和食品出厂检验合格证或者其他合格证明文件", Dept, "经营过程控制",
            Food(53, 1), Food(126, 1, 3), Art126Para1(),
            DrugAdministrationForms.Process,
            Words(["索证索票", "进货票据", "进货发票", "购货凭证", "合格证明", "出厂检验合格证", "检验报告", "供货商资质", "供货商的许可证", "查验许可证",
                   "说不清进货来源", "说不出进货来源", "不知道从哪进的货", "进货来源不明", "进货渠道不明"],
                ["超市", "便利店", "小卖部", "饭店", "批发", "进货", "供货商"],
                ["检疫", "台账"]))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-GC-002", "食品经营企业未按规定建立并遵守食品进货查验记录制度", Dept, "经营过程控制",
            Food(53, 2), Food(126, 1, 3), Art126Para1(),
            DrugAdministrationForms.Process,
            Words(RecordWords,
                ["超市", "便利店", "商店", "食品店", "批发", "连锁", "企业", "饭店"],
                ProduceSellers))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-GC-003", "食品经营企业未按规定建立食品安全管理制度，或者未按规定配备或者培训、考核食品安全管理人员", Dept, "经营过程控制",
            Food(44, 1), Food(126, 1, 2), Art126Para1(),
            DrugAdministrationForms.Process,
            Words(["食品安全管理制度", "食品安全管理员", "食品安全管理人员", "食品安全员", "食品安全培训", "食品安全知识培训", "没有食安员"],
                ["食品", "超市", "饭店", "餐饮", "企业", "公司", "没有", "培训"],
                []))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-GC-004", "食品经营者未按照食品标签标示的警示标志、警示说明或者注意事项的要求销售食品（如需冷藏、冷冻的食品常温销售）", Dept, "经营过程控制",
            Food(72), Food(126, 1, 7), Art126Para1(),
            DrugAdministrationForms.Process,
            Words(["需冷藏", "要冷藏", "须冷藏", "应冷藏", "冷藏保存", "需冷冻", "要冷冻", "常温销售", "常温卖", "常温放着", "放在常温", "常温下",
                   "冷柜不制冷", "冷柜没插电", "冰柜不制冷", "冰柜没插电", "冰柜关了", "冷柜关了", "没放冰柜", "没放冷柜", "不放冰柜", "不放冷柜",
                   "化了又冻", "化冻了又冻", "反复解冻", "反复冻"],
                ["酸奶", "鲜奶", "牛奶", "冷饮", "冰淇淋", "雪糕", "速冻", "水饺", "汤圆", "熟食", "超市", "便利店", "标签"],
                ["过期", "仓库", "冷库"]))
        {
            SimpleProcedureAllowed = true,
        },
        // 第一百二十六条第四款: 食用农产品销售者 are dealt with 依照第一款 (warning first, then 五千元以上五万元以下).
        new("YJ-GC-005", "食用农产品销售者未建立食用农产品进货查验记录制度，或者未如实记录、保存相关凭证", Dept, "经营过程控制",
            Food(65), Food(126, 4), new PenaltyRange("依照第一款规定给予处罚"),
            DrugAdministrationForms.Process,
            Words(RecordWords,
                ProduceSellers,
                []))
        {
            SimpleProcedureAllowed = true,
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-GC-006", "未按要求进行食品贮存、运输和装卸（如食品与有毒、有害物品一同贮存、运输，或者不符合保证食品安全所需的温度等要求）", Dept, "经营过程控制",
            Food(33, 1, 6), Food(132), Art132(),
            DrugAdministrationForms.Process,
            Words([.. Cross(["和", "跟", "与"], ["农药放在一起", "杀虫剂放在一起", "老鼠药放在一起", "鼠药放在一起", "消毒液放在一起", "化肥放在一起", "油漆放在一起", "汽油放在一起", "化学品放在一起"]),
                   .. Cross(["食品", "食材", "米面", "粮油", "肉", "菜", "原料"], ["堆在地上", "放在地上", "直接放地上", "直接放在地上", "直接堆在地上", "和农药", "和杀虫剂", "和老鼠药", "和化肥", "混放"]),
                   "有毒有害物品", "食品仓库", "食品库房", "冷库", "冻库", "贮存食品", "储存食品", "存放食品", "冷藏车不制冷", "运食品", "运输食品", "装卸食品", "拉食品"],
                ["农药", "杀虫剂", "老鼠药", "消毒液", "化肥", "地上", "潮湿", "温度", "不制冷", "仓库", "库房", "车上"],
                ["消防", "易燃", "电动车"]))
        {
            SimpleProcedureAllowed = true,
        },

        // ---- 集中交易市场、网络食品交易第三方平台 ----
        new("YJ-SC-001", "集中交易市场的开办者、柜台出租者、展销会的举办者允许未依法取得许可的食品经营者进入市场销售食品", Dept, "市场与网络平台",
            Food(61), Food(130, 1), Art130Para1(),
            DrugAdministrationForms.Market,
            Words([.. Cross(["无证", "没有证的", "没证的", "没有许可证的"], ["商户", "摊位", "摊主", "经营户", "商贩", "食品经营者", "熟食摊"]),
                   "允许无证", "让无证", "放无证", "无证进场", "无证入场", "无证进入市场", "不审查许可证", "不查许可证"],
                ["市场", "农贸市场", "菜市场", "夜市", "集市", "展销会", "庙会", "美食节", "开办方", "管理方", "管理处", "柜台"],
                []))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-SC-002", "集中交易市场的开办者、柜台出租者、展销会的举办者未履行检查、报告等义务", Dept, "市场与网络平台",
            Food(61), Food(130, 1), Art130Para1(),
            DrugAdministrationForms.Market,
            Words(MarketOperators,
                ["不管", "也不管", "没人管", "不检查", "没人检查", "不制止", "不报告", "放任", "食品", "卖"],
                LicenceTroubleWords))
        {
            RequiredEvidence = [Photo, Document],
        },
        new("YJ-SC-003", "网络食品交易第三方平台提供者未对入网食品经营者进行实名登记、审查许可证，或者未履行报告、停止提供网络交易平台服务等义务", Dept, "市场与网络平台",
            Food(62, 1), Food(131, 1), Art131Para1(),
            DrugAdministrationForms.Market,
            Words(["外卖平台", "订餐平台", "网络订餐", "网络食品交易", "美团", "饿了么", "平台上的", "平台也不管", "平台不管", "平台不审核", "平台审核", "入网", "幽灵外卖", "幽灵餐厅", "没有实体店"],
                ["无证", "没有证", "没有许可证", "没证", "实名", "审核", "上线", "入驻", "外卖"],
                []))
        {
            RequiredEvidence = [Photo, Document],
        },

        // ---- 小作坊、食品摊贩 (第三十六条 / 第一百二十七条: provincial rules) ----
        // Occupying the road is the city-management module's (占道经营); food safety at the stall is here.
        new("YJ-XF-001", "食品摊贩从事食品经营活动不符合与其经营规模、条件相适应的食品安全要求", Dept, "小作坊与食品摊贩",
            Food(36, 1), Food(127), Art127(),
            DrugAdministrationForms.Stall,
            Words(["食品摊贩", "小吃摊", "早点摊", "早餐摊", "路边摊", "流动摊", "煎饼摊", "熟食摊", "卤菜摊", "凉皮摊", .. Cross(["推车", "三轮车", "推三轮车", "三轮车上", "流动"], ["卖早点", "卖早餐", "卖吃的", "卖小吃", "卖煎饼", "卖包子", "卖凉皮", "卖熟食", "卖卤菜"]),
                   .. Cross(["摊贩", "小摊", "摊上", "摊子上", "路边摊"], ["卖的吃的", "买的吃的", "卖的凉皮", "买的凉皮", "卖的熟食", "买的熟食", "卖的早点", "买的早点"])],
                ["卫生", "不卫生", "不干净", "苍蝇", "手抓", "直接抓", "没戴手套", "不戴手套", "没戴口罩", "不戴口罩", "拉肚子", "吃坏", "灰尘", "无证", "没有证"],
                ["占道", "占用人行道", "挡路", "堵路", "堵住", "影响通行", "烧烤", "油烟", "噪音", "吵", "书", "教材", "衣服", "袜子", "玩具", "手机", "盗版", "光盘"])),
        new("YJ-XF-002", "食品生产加工小作坊从事食品生产加工活动不符合与其生产规模、条件相适应的食品安全要求", Dept, "小作坊与食品摊贩",
            Food(36, 1), Food(127), Art127(),
            DrugAdministrationForms.Stall,
            Words(["小作坊", "黑作坊", "家庭作坊", "手工作坊", "地下作坊", "食品作坊", "食品加工作坊", "豆腐作坊", "馒头作坊", "面条作坊", "辣条作坊", "糕点作坊", "月饼作坊"],
                ["食品", "加工", "做", "生产", "豆腐", "豆芽", "馒头", "面条", "辣条", "月饼", "糕点", "腊肉", "卤", "卫生", "无证", "没有证"],
                ["噪音", "噪声", "吵", "臭气", "恶臭", "排污", "污水", "废气", "服装", "制衣", "布料", "家具", "五金", "鞋", "箱包", "住人", "睡在"])),
    ];
}
