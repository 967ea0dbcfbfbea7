using Enforcement.Modules.FireRescue.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.FireRescue;

public sealed class CrowdedPremisesObstacleRuleTests
{
    private readonly CrowdedPremisesObstacleRule _rule = new();

    [Test]
    public void Applies_to_the_doors_and_windows_item_only()
    {
        Assert.That(_rule.AppliesTo("XF-MC-001"), Is.True);
        Assert.That(_rule.AppliesTo("XF-JZ-002"), Is.False);
    }

    [Test]
    public void Finding_at_a_crowded_place_with_an_obstacle_passes() =>
        Assert.That(_rule.Check(FireRecord.Of(new { premisesType = "人员密集场所", obstacles = new[] { "防盗网、铁栅栏" }, measure = "责令改正" })), Is.Empty);

    [Test]
    public void Finding_elsewhere_or_without_an_obstacle_is_refused()
    {
        var errors = _rule.Check(FireRecord.Of(new { premisesType = "仓储场所", measure = "责令改正" })).Select(e => e.Field);
        Assert.That(errors, Is.EquivalentTo(new[] { "premisesType", "obstacles" }));
    }

    [Test]
    public void No_action_is_not_judged() =>
        Assert.That(_rule.Check(FireRecord.Of(new { premisesType = "仓储场所", measure = "无需处置" })), Is.Empty);
}
