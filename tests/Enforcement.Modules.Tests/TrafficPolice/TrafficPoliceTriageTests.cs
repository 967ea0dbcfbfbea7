using Enforcement.Modules.TrafficPolice;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.TrafficPolice;

/// <summary>Residents' own words, as they reach 12345, must put the intended item first.</summary>
public sealed class TrafficPoliceTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new TrafficPoliceModule(), request);
        return request.Suggestions;
    }

    [TestCase("小区门口天天有车乱停，堵得出不去", "JJ-TC-001")]
    [TestCase("违法停车", "JJ-TC-001")]
    [TestCase("幸福路菜场门口违停严重，私家车把大门都堵了，也没人管", "JJ-TC-001")]
    [TestCase("建设路人行道上停满了汽车，行人只能走到马路上", "JJ-TC-002")]
    [TestCase("人行道上乱停车很严重，推婴儿车都过不去", "JJ-TC-002")]
    [TestCase("我们这边盲道上停车的太多了，盲道全被占了", "JJ-TC-002")]
    [TestCase("实验小学门口接孩子的车并排停在路上，后面的车过不去", "JJ-TC-003")]
    [TestCase("路边明明有禁停标志，还是停了一排车", "JJ-TC-004")]
    [TestCase("学校门口家长接送孩子并排乱停", "JJ-TC-003")]
    [TestCase("红星路和人民路路口乱停车，转弯都看不见对面来车", "JJ-TC-005")]
    [TestCase("医院门口斑马线上乱停车，老人过马路很危险", "JJ-TC-004")]
    [TestCase("路口拐弯处停满了车，挡住视线，差点撞车", "JJ-TC-005")]
    [TestCase("公交站台前面停了好几辆私家车，公交车进不了站", "JJ-TC-006")]
    [TestCase("小区门口的消防栓前面天天有车停着", "JJ-TC-006")]
    [TestCase("消防栓前面乱停车，万一着火怎么办", "JJ-TC-006")]
    [TestCase("地铁站口共享单车乱停乱放，把路都堵了", "JJ-TC-007")]
    [TestCase("小区旁边是禁鸣路段，晚上还有车一直按喇叭", "JJ-JD-001")]
    [TestCase("小区里面汽车开得飞快，差点撞到小孩", "JJ-JD-002")]
    [TestCase("学校门口斑马线，车子从来不礼让行人", "JJ-JD-003")]
    [TestCase("和平路是单行道，天天有汽车逆行", "JJ-JD-004")]
    [TestCase("这条路白天大货车禁行，还是有大货车开进来", "JJ-JD-005")]
    [TestCase("开车的人从车窗往外扔垃圾，还扔烟头", "JJ-JD-006")]
    [TestCase("小区门口骑摩托车的人都不戴头盔", "JJ-JD-007")]
    [TestCase("每天半夜有改装车在路上炸街，轰油门吵得睡不着", "JJ-JD-008")]
    [TestCase("有辆私家车装了警灯爆闪灯，还拉警报", "JJ-JD-009")]
    [TestCase("小区里有辆没挂牌照的车天天开进开出", "JJ-PZ-001")]
    [TestCase("停在路边那辆车故意把车牌遮起来了", "JJ-PZ-002")]
    [TestCase("楼下那辆车好几年没年检了，还天天开", "JJ-PZ-003")]
    [TestCase("我的车被套牌了，收到了外地的违章", "JJ-PZ-004")]
    [TestCase("电动车天天在人行道上骑，横冲直撞", "JJ-FJ-001")]
    [TestCase("外卖电动车在非机动车道骑得飞快，太危险", "JJ-FJ-002")]
    [TestCase("很多电瓶车在这条路上逆行", "JJ-FJ-003")]
    [TestCase("好多初中生骑电动车上学，才十三四岁", "JJ-FJ-004")]
    [TestCase("天天有人翻越马路中间的护栏，太危险了", "JJ-XR-001")]
    [TestCase("晚上一群小孩在马路上玩滑板、轮滑", "JJ-XR-002")]
    [TestCase("一群人天天在马路上踢球打闹，车都过不去", "JJ-XR-003")]
    [TestCase("有人在路边私装地锁，还在马路上放路障", "JJ-ZD-001")]
    [TestCase("长江路占道施工，也不设警示标志，堵车严重", "JJ-ZD-002")]
    [TestCase("路口的交通标志牌被人拔掉挪走了", "JJ-SS-001")]
    [TestCase("路边的树枝把红绿灯挡住了，根本看不见", "JJ-SS-002")]
    public void Colloquial_complaint_ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("楼上邻居装修太吵了，电钻声吵得睡不着")]
    [TestCase("楼下饭店的油烟直接往我家窗户里灌")]
    [TestCase("老板拖欠我们三个月工资了")]
    [TestCase("路边有人摆摊卖菜，占道经营")]
    [TestCase("楼道里有人给电动车飞线充电，很危险")]
    public void Complaints_for_other_departments_get_no_traffic_item(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty, string.Join("; ", Suggest(complaint).Select(s => $"{s.ItemCode} {s.Score}")));
}
