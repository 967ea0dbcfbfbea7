using Enforcement.Modules.PublicSecurity;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.PublicSecurity;

/// <summary>Residents' own words must put the intended item first, and other departments' matters none.</summary>
public sealed class PublicSecurityTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new PublicSecurityModule(), request);
        return request.Suggestions;
    }

    [TestCase("楼上邻居半夜吵闹、打麻将，吵得睡不着", "ZA-ZS-001")]
    [TestCase("幸福小区3栋402每天晚上聚会喝酒划拳到凌晨，投诉多次没用", "ZA-ZS-001")]
    [TestCase("楼下邻居天天半夜跺脚摔东西，严重扰民", "ZA-ZS-001")]
    [TestCase("隔壁邻居养的狗天天叫，半夜也叫，吵得睡不着", "ZA-DW-001")]
    [TestCase("对面楼顶有人养了很多鸽子，天天咕咕叫，还很臭", "ZA-DW-001")]
    [TestCase("小区里有人遛狗不牵绳，大狗扑向小孩，把孩子吓哭了", "ZA-DW-002")]
    [TestCase("有户人家养的恶犬经常追着老人跑，主人也不管", "ZA-DW-002")]
    [TestCase("人行道上施工挖了个深坑，周围没有围挡也没有警示，晚上有人掉下去", "ZA-SS-001")]
    [TestCase("和平路上的井盖被人偷了，留下个大洞", "ZA-SS-002")]
    [TestCase("半夜有人砸路灯，路灯被砸坏好几盏", "ZA-SS-002")]
    [TestCase("楼下房东把房子租给一帮人住，进进出出都是陌生人，也不去派出所登记", "ZA-CZ-001")]
    public void Colloquial_complaint_ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    // Noise from building sites, square dancing and shops is 噪声污染防治法 (environment), not the neighbour item.
    [TestCase("对面工地半夜施工，打桩声音吵得人睡不着")]
    [TestCase("每天晚上广场舞音响开得特别大声")]
    [TestCase("楼下商铺用喇叭循环播放促销广告，吵死了")]
    [TestCase("楼上邻居装修，电钻声吵得睡不着")]
    [TestCase("小区门口天天有车乱停，堵得出不去")]
    [TestCase("老板拖欠我们三个月工资了")]
    [TestCase("楼下饭店的油烟直接往我家窗户里灌")]
    public void Complaints_for_other_departments_get_no_public_security_item(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty, string.Join("; ", Suggest(complaint).Select(s => $"{s.ItemCode} {s.Score}")));
}
