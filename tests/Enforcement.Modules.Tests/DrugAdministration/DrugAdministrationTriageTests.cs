using Enforcement.Modules.DrugAdministration;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.DrugAdministration;

/// <summary>Complaints as residents write them to 12345 must rank the intended food-safety item first.</summary>
public sealed class DrugAdministrationTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new DrugAdministrationModule(), request);
        return request.Suggestions;
    }

    // The three the module brief names.
    [TestCase("超市卖过期食品", "YJ-SP-001")]
    [TestCase("买到过期的牛奶", "YJ-SP-001")]
    [TestCase("路边无证的小吃店", "YJ-XK-001")]
    // 无证经营
    [TestCase("幸福路和建设路路口那家新开的小吃店根本没有证，天天排队，卫生也看不出来怎么样", "YJ-XK-001")]
    [TestCase("我们小区3栋一楼有户人家在家里做外卖卖，没有任何证，厨房就在阳台上", "YJ-XK-001")]
    [TestCase("南苑新村门口那个卤菜店没有许可证，一直在卖熟食", "YJ-XK-002")]
    [TestCase("城郊那边有个地下工厂无证生产豆芽，拉出去批发给菜市场", "YJ-XK-003")]
    [TestCase("房东明知他们没有证，还把门面租给无证的人开饭店，出了事谁负责", "YJ-XK-004")]
    // 问题食品
    [TestCase("我昨天在万家福超市买的面包已经过了保质期，超市还在卖", "YJ-SP-001")]
    [TestCase("楼下便利店的酸奶都过期三天了还摆在货架上", "YJ-SP-001")]
    [TestCase("华联超市把快过期的肉重新贴标签，改了生产日期继续卖", "YJ-SP-002")]
    [TestCase("我在那家面包房打工，后厨天天用过期的奶油做蛋糕", "YJ-SP-003")]
    [TestCase("菜场门口熟食店的鸭子都发臭变质了还在卖，吃了拉肚子", "YJ-SP-004")]
    [TestCase("在某某超市买的大米里面全是生虫的，还有霉斑", "YJ-SP-004")]
    [TestCase("中午点的外卖，菜里有根头发还有个小虫子，太恶心了", "YJ-SP-005")]
    [TestCase("农贸市场那家牛肉是注水肉，一压就出水", "YJ-SP-005")]
    [TestCase("有人收购病死猪，做成腊肉卖到饭店", "YJ-SP-006")]
    [TestCase("菜市场的猪肉摊卖的肉没有检疫章，来路不明的肉", "YJ-SP-007")]
    [TestCase("那家火锅店用的是地沟油，底料还回收重复使用", "YJ-SP-008")]
    [TestCase("卤菜店的卤肉里好像放了罂粟壳，吃了还想吃", "YJ-SP-008")]
    [TestCase("菜市场买的韭菜农药残留超标，一股农药味", "YJ-SP-009")]
    [TestCase("早点摊的馒头黄得不正常，怀疑加了色素染色", "YJ-SP-010")]
    // 标签
    [TestCase("学校门口的小卖部卖三无辣条，包装上没有生产日期也没有厂家", "YJ-BQ-001")]
    [TestCase("超市卖的一种茶叶，包装上写能降血压降血糖，这不是骗人吗", "YJ-BQ-002")]
    [TestCase("超市散装称重的饼干糖果都没有标生产日期和保质期", "YJ-BQ-003")]
    [TestCase("买的饼干包装上生产日期模糊，根本看不清", "YJ-BQ-004")]
    // 餐饮服务、从业人员
    [TestCase("那家面馆的碗筷根本没消毒，碗上还有油腻，消毒柜是摆设", "YJ-CY-001")]
    [TestCase("孩子学校食堂的饭菜很差，好几个学生吃完拉肚子", "YJ-CY-002")]
    [TestCase("江东路那家饭店后厨有老鼠，蟑螂到处爬", "YJ-CY-003")]
    [TestCase("那家早餐店的员工都没有健康证，直接上手包包子", "YJ-RY-001")]
    [TestCase("包子铺的师傅手上伤口化脓了还在揉面", "YJ-RY-002")]
    // 经营过程
    [TestCase("那家超市进的货说不清进货来源，也没有供货商资质和合格证明", "YJ-GC-001")]
    [TestCase("这家连锁超市根本没有进货台账，出了问题查不到", "YJ-GC-002")]
    [TestCase("超市的冰柜不制冷，标签上写需冷藏的酸奶常温放着卖", "YJ-GC-004")]
    [TestCase("农贸市场里的菜摊和肉摊都没有进货台账", "YJ-GC-005")]
    [TestCase("饭店的仓库里大米和老鼠药放在一起，食材直接堆在地上", "YJ-GC-006")]
    // 市场与平台
    [TestCase("南苑农贸市场让无证摊位进场卖熟食，市场管理方根本不管", "YJ-SC-001")]
    [TestCase("美食节的开办方对摊位卖的东西也不检查，出了问题也不报告", "YJ-SC-002")]
    [TestCase("外卖平台上好多幽灵外卖，没有实体店也没有许可证，平台也不审核", "YJ-SC-003")]
    // 摊贩、小作坊
    [TestCase("小学门口的煎饼摊很不卫生，苍蝇乱飞，卖的人直接手抓", "YJ-XF-001")]
    [TestCase("小区门口推三轮车卖早点的，手直接抓包子也不戴手套", "YJ-XF-001")]
    [TestCase("城中村有个黑作坊做豆腐，地上全是污泥脏水，卫生太差", "YJ-XF-002")]
    // Closer calls between neighbouring items.
    [TestCase("学校食堂的饭里吃出虫子", "YJ-SP-005")]
    [TestCase("单位食堂的工作人员没有健康证", "YJ-RY-001")]
    [TestCase("菜市场里好几家卖病死鸡的，市场管理方也不管", "YJ-SP-006")]
    [TestCase("那家奶茶店没有食品经营许可证", "YJ-XK-001")]
    public void Ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    // Other departments' matters: parking, wage arrears, noisy construction, plain 无照, fumes, fire safety, road occupation.
    [TestCase("小区门口天天有车乱停乱放，把路都堵死了")]
    [TestCase("工地老板拖欠我们农民工三个月工资不发")]
    [TestCase("对面工地半夜还在施工，打桩声音吵得睡不着")]
    [TestCase("小区门口有人无照经营卖衣服，也没有营业执照")]
    [TestCase("楼下饭店的油烟太大了，熏得窗户都不敢开")]
    [TestCase("商场里的灭火器都过期了，也没人换")]
    [TestCase("菜市场门口流动摊贩占道经营，人都走不过去")]
    [TestCase("小区旁边那条河都臭了")]
    [TestCase("有人无证驾驶电动车，还闯红灯")]
    [TestCase("巷子里的服装加工作坊，工人晚上就睡在仓库阁楼上")]
    public void Suggests_nothing_for_other_departments_matters(string complaint) =>
        Assert.That(Suggest(complaint).Select(s => $"{s.ItemCode} {s.Score}"), Is.Empty);
}
