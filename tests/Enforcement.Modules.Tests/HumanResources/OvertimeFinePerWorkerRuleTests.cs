using Enforcement.Modules.HumanResources.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.HumanResources;

public sealed class OvertimeFinePerWorkerRuleTests
{
    private readonly OvertimeFinePerWorkerRule _rule = new();

    [Test]
    public void Applies_to_the_overtime_item_only()
    {
        Assert.That(_rule.AppliesTo("RS-GS-001"), Is.True);
        Assert.That(_rule.AppliesTo("RS-GZ-001"), Is.False);
    }

    [Test]
    public void A_fine_needs_the_number_of_workers() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { proposedFine = 1000 })).Select(e => e.Field), Is.EqualTo(new[] { "workers" }));

    [TestCase(10, 999)]
    [TestCase(10, 5001)]
    public void A_fine_outside_100_to_500_per_worker_is_refused(int workers, int fine) =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { workers, proposedFine = fine })).Select(e => e.Field),
            Is.EqualTo(new[] { "proposedFine" }));

    [TestCase(10, 1000)]
    [TestCase(10, 5000)]
    [TestCase(1, 300)]
    public void A_fine_within_the_per_worker_band_passes(int workers, int fine) =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { workers, proposedFine = fine })), Is.Empty);

    [Test]
    public void A_warning_without_a_fine_passes() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { measure = "给予警告并责令限期改正" })), Is.Empty);
}
