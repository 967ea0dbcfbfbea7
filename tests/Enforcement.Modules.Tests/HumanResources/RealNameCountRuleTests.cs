using Enforcement.Modules.HumanResources.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.HumanResources;

public sealed class RealNameCountRuleTests
{
    private readonly RealNameCountRule _rule = new();

    [Test]
    public void Applies_to_the_real_name_item_only()
    {
        Assert.That(_rule.AppliesTo("RS-NM-004"), Is.True);
        Assert.That(_rule.AppliesTo("RS-NM-003"), Is.False);
    }

    [Test]
    public void More_registered_than_on_site_is_refused() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { workersOnSite = 30, workersRegistered = 35 })).Select(e => e.Field),
            Is.EqualTo(new[] { "workersRegistered" }));

    [Test]
    public void Unregistered_workers_cannot_be_recorded_as_no_violation() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = "未发现违法行为", workersOnSite = 30, workersRegistered = 12 })).Select(e => e.Field),
            Is.EqualTo(new[] { "finding" }));

    [TestCase("未发现违法行为", 30, 30)]
    [TestCase("存在违反农民工工资支付规定的行为", 30, 12)]
    public void Consistent_records_pass(string finding, int onSite, int registered) =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding, workersOnSite = onSite, workersRegistered = registered })), Is.Empty);

    [Test]
    public void Missing_counts_are_not_judged() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = "未发现违法行为" })), Is.Empty);
}
