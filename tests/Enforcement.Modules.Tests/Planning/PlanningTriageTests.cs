using Enforcement.Modules.CityManagement;
using Enforcement.Modules.Environment;
using Enforcement.Modules.Planning;
using Enforcement.Modules.WaterAffairs;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Planning;

/// <summary>Colloquial complaints, as residents phrase them, must rank the intended item first.</summary>
public sealed class PlanningTriageTests
{
    private static ComplaintTriageRequested Ask(string complaint, params IDepartmentModule[] modules)
    {
        var request = new ComplaintTriageRequested(complaint);
        foreach (var module in modules) DepartmentAnswers.Suggest(module, request);
        return request;
    }

    private static string Ranking(ComplaintTriageRequested request) =>
        string.Join("; ", request.Suggestions.Select(s => $"{s.ItemCode} {s.Score}"));

    [TestCase("我家楼上邻居在楼顶搭了个违章建筑，好几个月了没人管", "GH-WJ-001")]
    [TestCase("小区里有人私搭乱建，把一楼院子扩出去盖了间房", "GH-WJ-001")]
    [TestCase("隔壁在自家房顶上加盖了一层，也没看到有什么规划许可", "GH-WJ-001")]
    [TestCase("一楼住户在后院搭了个彩钢房当仓库", "GH-WJ-001")]
    [TestCase("对面楼盘实际盖的跟公示的不一样，多盖了两层，挡了我们采光", "GH-WJ-002")]
    [TestCase("开发商没按规划建，楼间距明显比规划图上小", "GH-WJ-002")]
    [TestCase("小区空地上有人没经过批准搭了几间活动板房住人", "GH-LS-001")]
    [TestCase("工地旁边的临时板房没按批准的面积搭，多搭了一排", "GH-LS-002")]
    [TestCase("那边的临时售楼处早就到期了，到现在还不拆", "GH-LS-003")]
    [TestCase("那个项目竣工验收都一年多了，建设单位一直没向规划部门报送竣工验收资料", "GH-ZL-001")]
    public void RanksTheIntendedItemFirst(string complaint, string expected)
    {
        var request = Ask(complaint, new PlanningModule());
        Assert.That(request.Suggestions, Is.Not.Empty, complaint);
        Assert.That(request.Suggestions[0].ItemCode, Is.EqualTo(expected), Ranking(request));
    }

    /// <summary>
    /// 违法建设 outranks city management's 市容 structures item (CG-SR-001) when both modules answer, and a
    /// structure or heap on a street stays with CG-SR-001.
    /// </summary>
    [TestCase("楼顶搭了个违章建筑", "GH-WJ-001")]
    [TestCase("我们这里私搭乱建太严重了，也没人管", "GH-WJ-001")]
    [TestCase("有人私搭乱建", "GH-WJ-001")]
    [TestCase("三楼那户把阳台外面又加建了一间，明显是违建", "GH-WJ-001")]
    [TestCase("店门口堆放物料，还私搭乱建了一个棚子", "CG-SR-001")]
    [TestCase("路边有人搭棚子堆放物料，很影响市容", "CG-SR-001")]
    public void UnlawfulBuildingAndStreetStructuresGoToTheirOwnDepartment(string complaint, string expected)
    {
        var request = Ask(complaint, new CityManagementModule(), new EnvironmentModule(), new WaterAffairsModule(), new PlanningModule());
        Assert.That(request.Suggestions, Is.Not.Empty, complaint);
        Assert.That(request.Suggestions[0].ItemCode, Is.EqualTo(expected), Ranking(request));
    }

    [TestCase("路边有人摆摊卖水果，把人行道都占了")]       // 占道经营 (city management)
    [TestCase("楼下饭店的油烟直接往我家窗户里灌")]         // 油烟 (environment)
    [TestCase("包工头拖欠我们工资三个月了，一直不给")]     // wage arrears (human resources)
    [TestCase("小区门口总有车乱停，救护车都进不来")]       // parking (traffic police)
    public void ComplaintsForOtherDepartmentsGetNoPlanningItem(string complaint) =>
        Assert.That(Ask(complaint, new PlanningModule()).Suggestions, Is.Empty);
}
