using Enforcement.Modules.Housing.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Housing;

public sealed class PremisesShortfallIsAFindingRuleTests
{
    private const string Violation = "存在物业管理用房或业主共有部分违法行为";
    private readonly PremisesShortfallIsAFindingRule _rule = new();

    [Test]
    public void Applies_to_the_missing_premises_item_only()
    {
        Assert.That(_rule.AppliesTo("ZJ-WY-007"), Is.True);
        Assert.That(_rule.AppliesTo("ZJ-WY-004"), Is.False);
    }

    [Test]
    public void A_shortfall_cannot_be_recorded_as_no_violation() =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = "现场未发现违法行为", requiredArea = 120, providedArea = 40 })).Select(e => e.Field),
            Is.EqualTo(new[] { "finding" }));

    [Test]
    public void A_finding_needs_both_areas() =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = Violation })).Select(e => e.Field),
            Is.EquivalentTo(new[] { "requiredArea", "providedArea" }));

    [TestCase(120, 0)]
    [TestCase(120, 80)]
    public void A_finding_with_a_shortfall_passes(int required, int provided) =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = Violation, requiredArea = required, providedArea = provided })), Is.Empty);

    [Test]
    public void Enough_premises_with_no_violation_passes() =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = "现场未发现违法行为", requiredArea = 120, providedArea = 150 })), Is.Empty);
}
