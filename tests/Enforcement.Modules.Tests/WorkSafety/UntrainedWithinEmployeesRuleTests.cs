using Enforcement.Modules.WorkSafety.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WorkSafety;

public sealed class UntrainedWithinEmployeesRuleTests
{
    private const string Violation = "存在安全生产管理违法行为";
    private readonly UntrainedWithinEmployeesRule _rule = new();

    [Test]
    public void Applies_to_the_training_item_only()
    {
        Assert.That(_rule.AppliesTo("AJ-PX-001"), Is.True);
        Assert.That(_rule.AppliesTo("AJ-YH-001"), Is.False);
    }

    [Test]
    public void A_finding_needs_the_number_untrained() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = Violation, employees = 20 })).Select(e => e.Field),
            Is.EqualTo(new[] { "untrained" }));

    [Test]
    public void More_untrained_than_employees_is_refused() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = Violation, employees = 20, untrained = 25 })).Select(e => e.Field),
            Is.EqualTo(new[] { "untrained" }));

    [Test]
    public void A_complete_finding_passes() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = Violation, employees = 20, untrained = 6 })), Is.Empty);

    [Test]
    public void No_violation_needs_no_count() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
