using Enforcement.Modules.Education;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Education;

/// <summary>Residents' own words, as they reach 12345, must put the intended item first.</summary>
public sealed class EducationTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new EducationModule(), request);
        return request.Suggestions;
    }

    [TestCase("东方路那家培训机构发的传单上写着保过，不过全额退款", "JY-GG-001")]
    [TestCase("小区楼下的补习班到处宣传名师押题，说有命题老师亲自上课", "JY-GG-001")]
    [TestCase("辅导班的广告说报了班保证提分三十分，包考上重点高中", "JY-GG-001")]
    [TestCase("有商家进校园推销学习机，还在学校里发广告", "JY-GG-002")]
    [TestCase("孩子学校发的练习册上印着校外机构的广告", "JY-GG-002")]
    [TestCase("幼儿园门卫放人进去，在幼儿园里发传单推销奶粉", "JY-GG-002")]
    [TestCase("实验小学门口的文具店在卖小学语文课本，说是新版，其实根本没经过审定", "JY-JC-001")]
    [TestCase("书摊上卖的初中数学教材不是审定版，内容和学校发的不一样", "JY-JC-001")]
    [TestCase("有培训机构私下收钱给家长代订课本", "JY-JC-002")]
    [TestCase("学校旁边的文印店在卖教科书，家长说他们根本没有发行资格", "JY-JC-002")]
    public void Ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("学校门口天天有家长乱停车，堵得走不动")]
    [TestCase("公司拖欠我们三个月工资了，老板一直不给")]
    [TestCase("对面工地晚上十一点还在施工，吵得睡不着")]
    [TestCase("小区门口有家店没营业执照就开张了")]
    [TestCase("楼下奶茶店门口海报写着全市第一、史上最好喝")]
    public void Complaints_for_other_departments_get_no_suggestion(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty, string.Join("; ", Suggest(complaint).Select(s => $"{s.ItemCode} {s.Score}")));
}
