using Enforcement.Modules.IndustryCommerce;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

/// <summary>Residents' own words, as they reach 12345, must put the intended item first.</summary>
public sealed class IndustryCommerceTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new IndustryCommerceModule(), request);
        return request.Suggestions;
    }

    [TestCase("小区门口有家店没营业执照就开张了", "GS-WZ-001")]
    [TestCase("无照经营", "GS-WZ-001")]
    [TestCase("建设路88号新开了一家小超市，问了老板说一直没办营业执照", "GS-WZ-001")]
    [TestCase("幸福小区3栋底商那家店没有营业执照，房东明知道还把门面租给他们", "GS-WZ-002")]
    [TestCase("中山路那个物流点明知那帮人没营业执照，还提供仓库帮他们存货", "GS-WZ-003")]
    [TestCase("万达广场一楼那家服装店海报写着纯羊毛，买回来发现跟实际不一样，就是虚假宣传", "GS-GG-001")]
    [TestCase("美容院门口的广告放的前后对比照都是P图，说做一次就年轻十岁", "GS-GG-002")]
    [TestCase("和平路那家店打广告说有99元上门清洗空调，打电话过去说根本没有这个服务", "GS-GG-003")]
    [TestCase("楼下奶茶店门口海报写着全市第一、史上最好喝", "GS-GG-004")]
    [TestCase("那家理疗店的海报写着政府推荐产品，还用了领导人照片", "GS-GG-005")]
    [TestCase("商场的电子屏在放低俗广告，画面很黄，孩子都能看到", "GS-GG-006")]
    [TestCase("公交站台灯箱上挂的是香烟广告，旁边就是学校", "GS-GG-007")]
    [TestCase("网吧门口的展板在打广告卖迷药和窃听器", "GS-GG-008")]
    [TestCase("街角药店门口电子屏在滚动播放处方药广告", "GS-GG-009")]
    [TestCase("母婴店门口的海报写着这款奶粉比母乳还有营养", "GS-GG-010")]
    [TestCase("人民路那家私立医院的广告写着治愈率百分之九十九，无效退款", "GS-GG-011")]
    [TestCase("小区门口足浴店的海报说泡脚能治高血压和糖尿病", "GS-GG-012")]
    [TestCase("社区活动室有人办保健品讲座，说他们的保健品能代替药", "GS-GG-013")]
    [TestCase("地铁口有人发传单，说加盟他们的奶茶项目稳赚不赔，保本保收益", "GS-GG-014")]
    [TestCase("售楼处的广告写着距地铁站5分钟，买了稳升值", "GS-GG-015")]
    [TestCase("商场店铺海报写着低至一折，进去一问全是附加条件，价格写得不清楚", "GS-GG-016")]
    [TestCase("超市门口的海报说买满200元有赠品，但赠品是什么、送多少都没写", "GS-GG-017")]
    [TestCase("这个净水器包装上写着国家专利，查了专利号是假的", "GS-GG-018")]
    [TestCase("每天都有人往我家门缝里塞装修广告，车窗上也被夹了卡片", "GS-GG-019")]
    [TestCase("步行街商场里到处摆着违法广告展板，商场管理方明知道也不制止", "GS-GG-020")]
    [TestCase("十字路口的交通指示牌上被人挂了广告横幅，车都看不清方向", "GS-GG-021")]
    [TestCase("街边那家图文广告店什么广告都接，不查验证明也不核对内容就给人印", "GS-GG-022")]
    [TestCase("新华路的煤店在卖劣质散煤，一烧就冒黑烟", "GS-DQ-001")]
    [TestCase("老城区划了禁燃区，可还有人骑三轮车沿街卖蜂窝煤", "GS-DQ-002")]
    [TestCase("国道边上有个黑加油点，卖的劣质柴油，大货车都去加", "GS-DQ-003")]
    [TestCase("建材市场有家店卖的油漆味道特别刺鼻，怀疑挥发性有机物超标", "GS-DQ-004")]
    [TestCase("超市卖的月饼礼盒包装太夸张了，一盒就四个月饼，过度包装", "GS-BZ-001")]
    [TestCase("有人上门推销灭火器，一看就是不合格的劣质货", "GS-XF-001")]
    [TestCase("菜场边上那家车行在卖老年代步车，都是老头乐", "GS-JD-001")]
    public void Ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("小区里天天有车占着消防通道乱停，也没人管")]
    [TestCase("公司拖欠我们三个月工资了，老板一直不给")]
    [TestCase("对面工地晚上十一点还在施工，吵得睡不着")]
    [TestCase("单元门和电线杆上贴满了办证开锁的小广告")]
    [TestCase("小区门口的超市天天用大喇叭循环播放促销广告，吵死了")]
    [TestCase("东方路那家培训机构发的传单上写着保过，不过全额退款")]
    public void Complaints_for_other_departments_get_no_suggestion(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty, string.Join("; ", Suggest(complaint).Select(s => $"{s.ItemCode} {s.Score}")));
}
