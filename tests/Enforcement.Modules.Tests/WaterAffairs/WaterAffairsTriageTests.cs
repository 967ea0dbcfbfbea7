using Enforcement.Modules.WaterAffairs;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WaterAffairs;

/// <summary>Colloquial complaints, as residents phrase them, must rank the intended item first.</summary>
public sealed class WaterAffairsTriageTests
{
    private static ComplaintTriageRequested Ask(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new WaterAffairsModule(), request);
        return request;
    }

    [TestCase("门口那家店把污水直排到路上，污水横流", "SW-PS-001")]
    [TestCase("菜市场旁边的水产店天天往路上排废水，又腥又臭", "SW-PS-001")]
    [TestCase("洗车店把洗车的污水直接排进雨水井", "SW-PS-002")]
    [TestCase("饭店后厨把泔水和污水往门口的雨水口里倒，油乎乎的", "SW-PS-002")]
    [TestCase("这家洗车店根本没有排水许可证，污水全排进下水道", "SW-PS-003")]
    [TestCase("工地晚上偷偷把泥浆往雨水井里倒，下水道都堵了", "SW-SS-001")]
    [TestCase("装修队把水泥渣子倒进下水道，整栋楼下水道被堵", "SW-SS-001")]
    [TestCase("一楼商户在排水管上面搭了个房子，把窨井都压住了", "SW-SS-002")]
    [TestCase("隔壁单位施工私自改了下水道，把排水管截断接到自己院里", "SW-SS-003")]
    public void RanksTheIntendedItemFirst(string complaint, string expected)
    {
        var request = Ask(complaint);
        Assert.That(request.Suggestions, Is.Not.Empty, complaint);
        Assert.That(request.Suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", request.Suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("楼下饭店的油烟直接往我家窗户里灌")]           // 油烟 (environment)
    [TestCase("包工头拖欠我们工资三个月了，一直不给")]       // wage arrears (human resources)
    [TestCase("小区门口总有车乱停，救护车都进不来")]         // parking (traffic police)
    [TestCase("对面工地半夜施工，吵得睡不着")]               // night construction noise (environment)
    public void ComplaintsForOtherDepartmentsGetNoWaterItem(string complaint) =>
        Assert.That(Ask(complaint).Suggestions, Is.Empty);
}
