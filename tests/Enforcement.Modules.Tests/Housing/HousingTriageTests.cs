using Enforcement.Modules.Housing;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Housing;

/// <summary>Complaints as residents write them to 12345 must put the intended item first.</summary>
public sealed class HousingTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new HousingModule(), request);
        return request.Suggestions;
    }

    [TestCase("南苑街道某某花园小区，物业把一楼的业主活动室改成了仓库，还租给外面的人用，业主都不知道", "ZJ-WY-001")]
    [TestCase("我们小区的自行车棚被改成门面房了，现在电动车都没地方放，麻烦管一管", "ZJ-WY-001")]
    [TestCase("江东中路那个小区，隔壁单元业主把楼下的公共场地圈起来当自家院子了，物业也不管", "ZJ-WY-002")]
    [TestCase("物业在小区里挖路埋管子，挖完半个月了也不恢复，业主进出很不方便", "ZJ-WY-002")]
    [TestCase("物业在电梯里装了好几块广告屏，收的广告费从来不公开给业主", "ZJ-WY-003")]
    [TestCase("我们小区物业把物业用房租给别人开了个麻将馆，业主大会根本没同意过", "ZJ-WY-004")]
    [TestCase("听说业委会和物业私自挪用了我们小区的专项维修资金，账目也不公开，请查一下", "ZJ-WY-005")]
    [TestCase("开发商把小区的架空层卖给别人当门面了，这不是全体业主共有的吗？", "ZJ-WY-006")]
    [TestCase("小区交房三年了，开发商一直没给物业用房，物业只能在地下车库临时办公", "ZJ-WY-007")]
    [TestCase("某某路那块地拆完以后一直没开工，黄土裸露也不盖网，一刮风全是灰", "ZJ-YC-001")]
    public void Ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("小区门口天天有人乱停车，把路都堵死了")]
    [TestCase("老板拖欠工资三个月了，一直说没钱")]
    [TestCase("楼下饭店的油烟直接往我家窗户里灌")]
    [TestCase("对面工地半夜施工，吵得人睡不着")]
    public void Suggests_nothing_for_other_departments_complaints(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty);
}
