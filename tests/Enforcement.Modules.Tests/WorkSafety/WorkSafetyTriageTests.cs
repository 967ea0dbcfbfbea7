using Enforcement.Modules.WorkSafety;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WorkSafety;

/// <summary>Complaints as residents and workers write them to 12345 must put the intended item first.</summary>
public sealed class WorkSafetyTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new WorkSafetyModule(), request);
        return request.Suggestions;
    }

    [TestCase("南苑街道某某路那家小饭店后厨用液化气罐，连个燃气报警器都没装，太危险了", "AJ-RQ-001")]
    [TestCase("我们厂新招的工人没经过任何培训就直接上机器操作", "AJ-PX-001")]
    [TestCase("厂里的配电房和化学品仓库门口都没有警示标志，谁都能进去", "AJ-BZ-001")]
    [TestCase("那家油漆店的仓库楼上就是员工宿舍，工人晚上都睡在上面", "AJ-CS-001")]
    [TestCase("工厂上班时间把车间的安全出口锁死了，万一着火人都跑不出来", "AJ-CS-002")]
    [TestCase("我们厂的隐患排查记录都是上面来检查前临时编的，从来没真正查过", "AJ-YH-001")]
    [TestCase("附近那个加工作坊安全隐患很大，上次检查让整改到现在都没整改", "AJ-YH-002")]
    [TestCase("车间里粉尘那么大，老板连防尘口罩都不发，让我们自己买", "AJ-FH-001")]
    [TestCase("工地上的工人都不戴安全帽，老板说安全帽要自己掏钱买", "AJ-FH-001")]
    public void Ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("老板拖欠工资三个月了")]
    [TestCase("小区门口天天有人乱停车，把路都堵死了")]
    [TestCase("楼上装修天天电钻砸墙，中午也不停")]
    [TestCase("物业在电梯里装广告屏，广告费从来不公开")]
    public void Suggests_nothing_for_other_departments_complaints(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty);
}
