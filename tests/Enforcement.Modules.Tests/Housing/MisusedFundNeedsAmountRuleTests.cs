using Enforcement.Modules.Housing.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Housing;

public sealed class MisusedFundNeedsAmountRuleTests
{
    private const string Misuse = "存在挪用专项维修资金的行为";
    private readonly MisusedFundNeedsAmountRule _rule = new();

    [Test]
    public void Applies_to_the_maintenance_fund_item_only()
    {
        Assert.That(_rule.AppliesTo("ZJ-WY-005"), Is.True);
        Assert.That(_rule.AppliesTo("ZJ-WY-004"), Is.False);
    }

    [TestCase(null)]
    [TestCase(0)]
    public void A_finding_of_misuse_needs_the_sum(int? amount) =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = Misuse, misusedAmount = amount })).Select(e => e.Field),
            Is.EqualTo(new[] { "misusedAmount" }));

    [Test]
    public void More_recovered_than_misused_is_refused() =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = Misuse, misusedAmount = 50000, recoveredAmount = 60000 })).Select(e => e.Field),
            Is.EqualTo(new[] { "recoveredAmount" }));

    [Test]
    public void A_finding_with_the_sum_passes() =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = Misuse, misusedAmount = 50000, recoveredAmount = 20000 })), Is.Empty);

    [Test]
    public void No_violation_needs_no_sum() =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
