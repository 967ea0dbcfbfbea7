using Enforcement.Modules.DrugAdministration.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.DrugAdministration;

public sealed class StaffCountRuleTests
{
    private readonly StaffCountRule _rule = new();
    private const string Violation = "现场发现餐饮服务或者从业人员违反食品安全要求";

    [TestCase("YJ-RY-001", true)]
    [TestCase("YJ-RY-002", true)]
    [TestCase("YJ-CY-001", false)]
    public void Applies_to_the_staff_health_items(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void Finding_without_a_count_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation })).Select(e => e.Field), Is.EqualTo(new[] { "staffConcerned" }));

    [Test]
    public void Zero_staff_concerned_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, staffConcerned = 0 })).ToList(), Has.Count.EqualTo(1));

    [Test]
    public void More_concerned_than_on_duty_is_refused()
    {
        var errors = _rule.Check(RecordData.Of(new { finding = Violation, staffConcerned = 5, staffOnDuty = 3 })).ToList();
        Assert.That(errors.Single().Message, Does.Contain("多于在岗人数"));
    }

    [Test]
    public void Plausible_count_passes() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, staffConcerned = 2, staffOnDuty = 6 })), Is.Empty);

    [Test]
    public void No_violation_needs_no_count() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
