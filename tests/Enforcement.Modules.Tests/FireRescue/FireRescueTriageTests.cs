using Enforcement.Modules.FireRescue;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.FireRescue;

/// <summary>Complaints as residents write them to 12345 must rank the intended fire item first.</summary>
public sealed class FireRescueTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new FireRescueModule(), request);
        return request.Suggestions;
    }

    [TestCase("阳光花园小区里的消防车通道天天停满私家车，还有人装了地锁", "XF-TD-001")]
    [TestCase("小区门口的消防通道被几个摊位占了，消防车根本进不来", "XF-TD-001")]
    [TestCase("3栋2单元楼道里停了好几辆电动车，晚上还在楼道里充电", "XF-TD-002")]
    [TestCase("新街口那家商场的安全出口被锁上了，门口还堆了很多纸箱", "XF-TD-002")]
    [TestCase("路边的消防栓被隔壁饭店用铁皮围起来圈进自己店里了", "XF-SS-001")]
    [TestCase("小区里的灭火器被人偷走了好几个，消防箱也被砸坏了", "XF-SS-002")]
    [TestCase("这家网吧的窗户全装了铁栅栏还焊死了，万一着火人都跑不出来", "XF-MC-001")]
    [TestCase("有人在居民楼一楼开店卖煤气罐，楼上就住着好几户人家", "XF-JZ-001")]
    [TestCase("巷子里的服装加工作坊，工人晚上就睡在仓库阁楼上，一楼全是布料", "XF-JZ-002")]
    [TestCase("5楼有人从窗户拉电线下来给电动车充电，一充就是一整夜", "XF-DQ-001")]
    public void Ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    /// <summary>The acceptance complaint: a blocked stairwell is a blocked 疏散通道 (第六十条第（三）项).</summary>
    [Test]
    public void A_stairwell_full_of_clutter_ranks_a_fire_passage_item_first()
    {
        var suggestions = Suggest("楼道里堆满杂物，消防通道被堵死了");
        Assert.That(suggestions, Is.Not.Empty);
        Assert.Multiple(() =>
        {
            Assert.That(suggestions[0].ItemCode, Is.EqualTo("XF-TD-002"));
            Assert.That(suggestions[0].ItemName, Does.Contain("通道"));
            Assert.That(suggestions[0].LegalBasis.ToString(), Is.EqualTo("《消防法》第六十条第（三）项"));
        });
    }

    [TestCase("小区门口路边天天有车乱停，出门都不方便")]
    [TestCase("饭店老板拖欠我们工资三个月了")]
    [TestCase("楼上邻居装修太吵了，中午也不停")]
    [TestCase("楼下饭店油烟太大，熏得窗户都不敢开")]
    public void Complaints_of_other_departments_get_no_fire_item(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty);
}
