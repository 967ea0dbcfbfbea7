using Enforcement.Modules.HumanResources;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.HumanResources;

/// <summary>Complaints as workers write them to 12345 must put the intended item first.</summary>
public sealed class HumanResourcesTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new HumanResourcesModule(), request);
        return request.Suggestions;
    }

    [TestCase("老板拖欠工资三个月了", "RS-GZ-001")]
    [TestCase("拖欠农民工工资", "RS-GZ-001")]
    [TestCase("我在南苑街道一家饭店打工，老板每个月都找理由扣工资，上个月无故扣了我八百", "RS-GZ-001")]
    [TestCase("某某路工地的包工头欠我们十几个人的工钱，过年前一分都没给，电话也不接", "RS-GZ-001")]
    [TestCase("厂里一个月才给一千五，连本市最低工资标准都达不到", "RS-GZ-002")]
    [TestCase("公司天天让我们加班到晚上十一点，周末也不让休息", "RS-GS-001")]
    [TestCase("在这家超市干了半年了，老板一直不跟我签劳动合同", "RS-HT-001")]
    [TestCase("工地老板说没钱，要拿房子抵我们的工资，不给现金", "RS-NM-001")]
    [TestCase("工地上从来没有工资条，发多少全凭包工头一句话", "RS-NM-002")]
    [TestCase("这个工地总包根本没开农民工工资专用账户，工资都是包工头拿现金发", "RS-NM-003")]
    [TestCase("江心洲那个项目工地上的工人都没有实名登记，进出也不打卡，出了事都找不到人", "RS-NM-004")]
    public void Ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("小区门口天天有人乱停车，把路都堵死了")]
    [TestCase("楼下饭店后厨用液化气罐，连个燃气报警器都没装")]
    [TestCase("物业把小区的活动室改成仓库租出去了")]
    [TestCase("对面工地半夜施工，吵得人睡不着")]
    public void Suggests_nothing_for_other_departments_complaints(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty);
}
