using Enforcement.Modules.HumanResources.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.HumanResources;

public sealed class MinimumWageComparisonRuleTests
{
    private const string Below = "存在克扣、拖欠工资或者低于最低工资标准支付工资的行为";
    private readonly MinimumWageComparisonRule _rule = new();

    [Test]
    public void Applies_to_the_minimum_wage_item_only()
    {
        Assert.That(_rule.AppliesTo("RS-GZ-002"), Is.True);
        Assert.That(_rule.AppliesTo("RS-GZ-001"), Is.False);
    }

    [Test]
    public void A_finding_needs_both_figures() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = Below })).Select(e => e.Field),
            Is.EquivalentTo(new[] { "minimumWage", "paidWage" }));

    [Test]
    public void Pay_at_or_above_the_standard_is_not_below_it() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = Below, minimumWage = 2490, paidWage = 2490 })).Select(e => e.Field),
            Is.EqualTo(new[] { "paidWage" }));

    [Test]
    public void Pay_below_the_standard_cannot_be_recorded_as_no_violation() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = "未发现违法行为", minimumWage = 2490, paidWage = 1500 })).Select(e => e.Field),
            Is.EqualTo(new[] { "finding" }));

    [Test]
    public void Pay_below_the_standard_with_a_finding_passes() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = Below, minimumWage = 2490, paidWage = 1500 })), Is.Empty);
}
