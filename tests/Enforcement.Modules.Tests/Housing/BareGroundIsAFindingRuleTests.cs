using Enforcement.Modules.Housing.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Housing;

public sealed class BareGroundIsAFindingRuleTests
{
    private readonly BareGroundIsAFindingRule _rule = new();

    [Test]
    public void Applies_to_the_bare_land_item_only()
    {
        Assert.That(_rule.AppliesTo("ZJ-YC-001"), Is.True);
        Assert.That(_rule.AppliesTo("HB-YC-004"), Is.False);
    }

    [TestCase("未覆盖")]
    [TestCase("部分覆盖")]
    public void Uncovered_ground_cannot_be_recorded_as_no_violation(string cover) =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = "现场未发现违法行为", cover })).Select(e => e.Field),
            Is.EqualTo(new[] { "finding" }));

    [TestCase("已覆盖或遮盖", "现场未发现违法行为")]
    [TestCase("已绿化或铺装", "现场未发现违法行为")]
    [TestCase("未覆盖", "建设用地裸露地面未按规定覆盖、绿化、铺装或者遮盖")]
    public void Consistent_records_pass(string cover, string finding) =>
        Assert.That(_rule.Check(HousingData.Of(new { finding, cover })), Is.Empty);
}
