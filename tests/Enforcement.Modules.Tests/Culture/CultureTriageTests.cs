using Enforcement.Modules.Culture;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Culture;

/// <summary>Complaints as residents write them to 12345 must rank the intended culture item first.</summary>
public sealed class CultureTriageTests
{
    private static IReadOnlyList<ItemSuggestion> Suggest(string complaint)
    {
        var request = new ComplaintTriageRequested(complaint);
        DepartmentAnswers.Suggest(new CultureModule(), request);
        return request.Suggestions;
    }

    [TestCase("建邺路218号那个KTV晚上总有穿校服的初中生进去唱歌，老板也不查身份证", "WH-YL-002")]
    [TestCase("江东中路那家量贩式KTV天天让十几岁的孩子进去喝酒唱歌", "WH-YL-002")]
    [TestCase("万达广场三楼的电玩城，工作日下午一堆小学生在里面玩游戏机，都是逃课去的", "WH-YL-003")]
    [TestCase("小区对面的歌厅每天营业到凌晨四五点，门口车来车往", "WH-YL-004")]
    [TestCase("南苑街道那家夜总会通宵营业，凌晨三点还在营业", "WH-YL-004")]
    [TestCase("居民楼底下有家黑KTV，根本没有娱乐经营许可证，晚上一群人进进出出", "WH-YL-001")]
    [TestCase("应天大街那家夜总会大厅里找不到未成年人禁入的标志，也没有举报电话", "WH-YL-005")]
    [TestCase("学校门口的书摊没有出版物经营许可证，摆地摊卖教辅和杂志", "WH-CB-001")]
    [TestCase("网吧接纳未成年人", "WH-WB-001")]
    [TestCase("学校旁边的网咖天天有初中生去上网打游戏", "WH-WB-001")]
    [TestCase("大学城附近的复印店大量翻印盗版教材卖给学生", "WH-BQ-001")]
    public void Ranks_the_intended_item_first(string complaint, string expected)
    {
        var suggestions = Suggest(complaint);
        Assert.That(suggestions, Is.Not.Empty, complaint);
        Assert.That(suggestions[0].ItemCode, Is.EqualTo(expected),
            string.Join("; ", suggestions.Select(s => $"{s.ItemCode} {s.Score}")));
    }

    [TestCase("小区门口天天有车乱停，把路都堵了")]
    [TestCase("工地老板拖欠我们三个月工资不给")]
    [TestCase("对面工地半夜施工，打桩声音吵得人睡不着")]
    [TestCase("楼下KTV每天晚上太吵了，噪音扰民")]
    public void Complaints_of_other_departments_get_no_culture_item(string complaint) =>
        Assert.That(Suggest(complaint), Is.Empty);

    /// <summary>
    /// 网吧 are not 娱乐场所 (娱乐场所管理条例 第二条): a 网吧 complaint gets the 网吧 item, never a
    /// 歌舞/游艺娱乐场所 legal basis.
    /// </summary>
    [TestCase("网吧接纳未成年人")]
    [TestCase("学校旁边的网咖天天有初中生去上网打游戏")]
    public void Internet_cafe_complaints_are_not_given_an_entertainment_venue_basis(string complaint) =>
        Assert.That(Suggest(complaint).Select(s => s.ItemCode), Has.None.StartsWith("WH-YL-"));
}
