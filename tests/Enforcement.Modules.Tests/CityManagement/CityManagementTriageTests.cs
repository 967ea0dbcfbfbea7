using Enforcement.Modules.CityManagement;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.CityManagement;

/// <summary>Residents' own words must put the intended item first.</summary>
public class CityManagementTriageTests
{
    private static string? TopItem(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new CityManagementModule(), request);
        return request.Suggestions.FirstOrDefault()?.ItemCode;
    }

    [TestCase("小区门口天天有人摆摊卖菜，把人行道都占了", "CG-DL-001")]
    [TestCase("菜市场外面流动摊贩占道，早上根本走不过去", "CG-DL-001")]
    [TestCase("楼下夜市路边烧烤，烟熏得窗户都不敢开", "CG-YY-001")]
    [TestCase("路边摆摊烤串的天天到半夜", "CG-YY-001")]
    [TestCase("工地晚上偷偷往河边倒建筑垃圾", "CG-ZT-001")]
    [TestCase("有人把装修垃圾堆在小区路边好几天了", "CG-ZT-001")]
    [TestCase("渣土车没盖篷布，一路撒土，路面全是泥", "CG-ZT-002")]
    [TestCase("运泔水的车一路洒，路面又脏又臭", "CG-SR-004")]
    [TestCase("单元门和电线杆上贴满了办证开锁的小广告", "CG-SR-002")]
    [TestCase("有人在小区墙上喷涂电话号码，乱涂乱画", "CG-SR-003")]
    [TestCase("有人在路边乱倒垃圾，臭气熏天", "CG-LJ-001")]
    [TestCase("我们小区垃圾分类根本没人管，厨余垃圾全混投", "CG-LJ-002")]
    [TestCase("隔壁院子里有人烧塑料和轮胎，黑烟刺鼻", "CG-DQ-001")]
    [TestCase("有人在空地上烧落叶，烟呛得受不了", "CG-DQ-002")]
    [TestCase("楼顶新装了一块很大的广告牌，没见审批", "CG-GG-001")]
    [TestCase("路灯杆上挂满了楼盘广告牌", "CG-GG-002")]
    [TestCase("绿化带的花草被人拔了，树皮也被剥了", "CG-LH-001")]
    [TestCase("有人把小区门口的几棵大树砍了", "CG-LH-002")]
    [TestCase("小区绿地被人圈起来种菜了", "CG-LH-003")]
    [TestCase("有人在马路上挖路埋管子，挖完坑也不填", "CG-DL-002")]
    [TestCase("沿街楼房窗外晾晒被子衣服，很影响市容", "CG-SR-005")]
    [TestCase("临街工地没有围挡，土堆裸露着", "CG-SR-006")]
    [TestCase("楼下邻居在小区里养鸡，天天公鸡叫，还很臭", "CG-SR-007")]
    [TestCase("店门口堆放物料，还私搭乱建了一个棚子", "CG-SR-001")]
    [TestCase("公交站台那边总有人随地吐痰，烟头扔得满地都是", "CG-SR-008")]
    [TestCase("晚上有人在小区外墙角随地小便，味道很大", "CG-SR-008")]
    [TestCase("有个吸粪车把粪水直接倒在路边，臭得不行", "CG-SR-009")]
    [TestCase("幸福路那几家饭店门前三包根本不落实，门口脏得要命好几天没人扫", "CG-SR-010")]
    [TestCase("开发商没经过批准把我们这边的公厕拆了，现在上厕所都没地方", "CG-SR-011")]
    [TestCase("路口的垃圾桶被砸坏了好几个，果皮箱也被人故意弄坏", "CG-SR-012")]
    [TestCase("小区门口的垃圾车每天一路滴臭水，垃圾还往下掉", "CG-LJ-003")]
    [TestCase("有人开着挖掘机直接在马路上走，柏油路面压出一道道印子", "CG-DL-003")]
    [TestCase("建设路路上挖了个大坑，晚上没有警示灯，差点摔进去", "CG-DL-004")]
    [TestCase("人民路人行道上的井盖丢了好几天，很危险", "CG-DL-005")]
    public void Colloquial_complaint_scores_the_intended_item_first(string complaint, string expected) =>
        Assert.That(TopItem(complaint), Is.EqualTo(expected));

    [TestCase("餐馆厨房油烟没有油烟净化设施，直接排到楼道")]
    [TestCase("楼上邻居装修太吵了")]
    [TestCase("包工头拖欠我们工资三个月了，一直不给")]
    [TestCase("小区门口总有车乱停，救护车都进不来")]
    [TestCase("我家楼上邻居在楼顶搭了个违章建筑")]
    public void Complaints_outside_the_module_get_no_city_management_item(string complaint) =>
        Assert.That(TopItem(complaint), Is.Null);
}
