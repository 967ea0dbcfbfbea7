using Enforcement.Modules.WorkSafety.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WorkSafety;

public sealed class GasAlarmIsAFindingRuleTests
{
    private const string Violation = "使用燃气未安装可燃气体报警装置或者未保障其正常使用";
    private readonly GasAlarmIsAFindingRule _rule = new();

    [Test]
    public void Applies_to_the_gas_alarm_item_only()
    {
        Assert.That(_rule.AppliesTo("AJ-RQ-001"), Is.True);
        Assert.That(_rule.AppliesTo("AJ-BZ-001"), Is.False);
    }

    [TestCase("未安装")]
    [TestCase("已安装未正常使用")]
    public void A_catering_business_without_a_working_alarm_is_a_finding(string alarm) =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { trade = "餐饮", alarm, finding = "现场未发现违法行为" })).Select(e => e.Field),
            Is.EqualTo(new[] { "finding" }));

    [Test]
    public void A_finding_cannot_record_a_working_alarm() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { trade = "餐饮", alarm = "已安装并正常使用", finding = Violation })).Select(e => e.Field),
            Is.EqualTo(new[] { "alarm" }));

    [TestCase("餐饮", "已安装并正常使用", "现场未发现违法行为")]
    [TestCase("餐饮", "未安装", Violation)]
    [TestCase("其他行业", "未安装", "现场未发现违法行为")]
    public void Consistent_records_pass(string trade, string alarm, string finding) =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { trade, alarm, finding })), Is.Empty);
}
