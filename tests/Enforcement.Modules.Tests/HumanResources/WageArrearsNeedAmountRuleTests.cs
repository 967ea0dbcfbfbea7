using Enforcement.Modules.HumanResources.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.HumanResources;

public sealed class WageArrearsNeedAmountRuleTests
{
    private const string Arrears = "存在克扣、拖欠工资或者低于最低工资标准支付工资的行为";
    private readonly WageArrearsNeedAmountRule _rule = new();

    [Test]
    public void Applies_to_wage_arrears_only()
    {
        Assert.That(_rule.AppliesTo("RS-GZ-001"), Is.True);
        Assert.That(_rule.AppliesTo("RS-GZ-002"), Is.False);
    }

    [Test]
    public void A_finding_needs_the_sum_and_the_workers() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = Arrears })).Select(e => e.Field),
            Is.EquivalentTo(new[] { "owedAmount", "workers" }));

    [Test]
    public void A_zero_sum_is_not_arrears() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = Arrears, owedAmount = 0, workers = 2 })).Select(e => e.Field),
            Is.EqualTo(new[] { "owedAmount" }));

    [Test]
    public void A_complete_finding_passes() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = Arrears, owedAmount = 18000, workers = 2 })), Is.Empty);

    [Test]
    public void No_violation_needs_nothing() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = "未发现违法行为" })), Is.Empty);
}
