using Enforcement.Modules.Environment;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Environment;

/// <summary>Colloquial complaints, as residents phrase them, must rank the intended item first.</summary>
public sealed class EnvironmentTriageTests
{
    [TestCase("楼下饭店的油烟直接往我家窗户里灌，呛得不行", "HB-YY-001")]
    [TestCase("我们是居民楼，楼下商铺改成饭店了，根本没有专用烟道", "HB-YY-002")]
    [TestCase("旁边的干洗店一股刺鼻的味道，熏得人头疼", "HB-FQ-001")]
    [TestCase("路边汽修店天天在门口露天喷漆，味道很刺鼻", "HB-FQ-002")]
    [TestCase("附近那个加工厂天天排臭气，开窗就是一股恶臭", "HB-FQ-003")]
    [TestCase("路边的沙堆没盖防尘网，风一吹满天灰", "HB-YC-001")]
    [TestCase("搅拌站的水泥没有密闭，粉尘到处飞", "HB-YC-002")]
    [TestCase("货场卸煤的时候不洒水，扬尘特别大", "HB-YC-003")]
    [TestCase("工地扬尘太大了，也不洒水，到处都是灰", "HB-YC-004")]
    [TestCase("对面工地半夜施工，打桩声音吵得人睡不着", "HB-ZS-001")]
    [TestCase("白天工地打桩太吵了，震得窗户都响", "HB-ZS-002")]
    [TestCase("旁边工厂的机器日夜轰隆隆响，车间噪音太大", "HB-ZS-003")]
    [TestCase("楼下酒吧每天放音乐到凌晨，吵得睡不着", "HB-ZS-004")]
    [TestCase("饭店的空调外机嗡嗡响，噪音很大", "HB-ZS-004")]
    [TestCase("小区门口的超市天天用大喇叭循环播放促销广告，吵死了", "HB-ZS-005")]
    [TestCase("楼下超市每天凌晨卸货，叮叮当当吵得很", "HB-ZS-006")]
    [TestCase("小区物业每天早上用大喇叭广播，太吵了", "HB-ZS-007")]
    [TestCase("每天晚上广场舞音响开得特别大声", "HB-ZS-008")]
    [TestCase("楼上装修天天电钻砸墙，中午也不停", "HB-ZS-009")]
    [TestCase("小区地下室的水泵房整夜嗡嗡响，低频噪音震得睡不着", "HB-ZS-010")]
    [TestCase("我们楼的电梯机房就在顶楼，电梯运行起来噪音特别大，物业一直不修", "HB-ZS-010")]
    [TestCase("重污染天气橙色预警都发了，对面工地还在挖土方", "HB-YJ-001")]
    [TestCase("巷子口的早餐店一直烧煤球炉子，黑烟呛人，这里不是禁燃区吗", "HB-FQ-004")]
    [TestCase("开发区那家工厂的烟囱天天冒黑烟，闻着刺鼻", "HB-FQ-005")]
    [TestCase("工地上那几台挖掘机一直冒黑烟，尾气呛得不行", "HB-JX-001")]
    [TestCase("那家汽修店把废机油桶和废电瓶混在生活垃圾堆里，随便乱放", "HB-GF-001")]
    [TestCase("附近那个厂把炉渣和废料露天堆在厂外面，一下雨就往外流黑水", "HB-GF-002")]
    public void RanksTheIntendedItemFirst(string complaint, string expected)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new EnvironmentModule(), request);
        Assert.That(request.Suggestions, Is.Not.Empty, complaint);
        Assert.That(request.Suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", request.Suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("饭店排风机的噪音太大了")]
    [TestCase("楼下广场舞太吵")]
    public void NoiseComplaintsDoNotSuggestFumeItems(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new EnvironmentModule(), request);
        Assert.That(request.Suggestions.Select(s => s.ItemCode), Has.None.StartsWith("HB-YY-"));
    }

    /// <summary>Complaints for other departments get no environment item at all.</summary>
    [TestCase("门口那家店把污水直排到路上，污水横流")]           // 城镇排水 (water affairs)
    [TestCase("包工头拖欠我们工资三个月了，一直不给")]             // wage arrears (human resources)
    [TestCase("小区门口总有车乱停，救护车都进不来")]               // parking (traffic police)
    [TestCase("路边有人摆摊卖水果，把人行道都占了")]               // 占道经营 (city management)
    [TestCase("我家楼上邻居在楼顶搭了个违章建筑")]                 // 违法建设 (planning)
    public void ComplaintsForOtherDepartmentsGetNoEnvironmentItem(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new EnvironmentModule(), request);
        Assert.That(request.Suggestions.Select(s => s.ItemCode), Is.Empty);
    }
}
