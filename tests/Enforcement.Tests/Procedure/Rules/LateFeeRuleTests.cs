using Enforcement.Cases.Procedure.Rules;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class LateFeeRuleTests
{
    private static readonly DateOnly Due = new(2026, 12, 12);

    [Test]
    public void Paid_on_the_due_day_costs_nothing_more() => Assert.That(LateFeeRule.Compute(1_000, Due, Due), Is.Zero);

    [Test]
    public void Each_day_late_adds_three_percent_of_the_fine() =>
        Assert.That(LateFeeRule.Compute(1_000, Due, Due.AddDays(10)), Is.EqualTo(300m));

    [Test]
    public void The_late_fee_never_exceeds_the_fine() =>
        Assert.That(LateFeeRule.Compute(1_000, Due, Due.AddDays(100)), Is.EqualTo(1_000m));
}
