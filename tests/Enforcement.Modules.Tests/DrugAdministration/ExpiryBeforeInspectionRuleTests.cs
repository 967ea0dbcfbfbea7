using Enforcement.Modules.DrugAdministration.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.DrugAdministration;

public sealed class ExpiryBeforeInspectionRuleTests
{
    private readonly ExpiryBeforeInspectionRule _rule = new();
    private const string Violation = "现场发现不符合食品安全要求的食品";

    [TestCase("YJ-SP-001", true)]
    [TestCase("YJ-SP-003", true)]
    [TestCase("YJ-SP-002", false)]
    [TestCase("YJ-SP-004", false)]
    public void Applies_to_expired_food_items(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void Expired_food_finding_needs_the_expiry()
    {
        var errors = _rule.Check(RecordData.Of(new { finding = Violation, checkedAt = "2026-11-27T10:30:00+08:00" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "expiryDate" }));
    }

    [Test]
    public void Expiry_after_the_inspection_is_not_expired()
    {
        var errors = _rule.Check(RecordData.Of(new
        {
            finding = Violation,
            expiryDate = "2026-11-28T00:00:00+08:00",
            checkedAt = "2026-11-27T10:30:00+08:00",
        })).ToList();
        Assert.That(errors.Single().Message, Does.Contain("不能认定超过保质期"));
    }

    [Test]
    public void Expiry_before_the_inspection_passes_across_time_zones() =>
        // 2026-11-27 01:00 UTC is 09:00 in Beijing, before the 10:30 inspection.
        Assert.That(_rule.Check(RecordData.Of(new
        {
            finding = Violation,
            expiryDate = "2026-11-27T01:00:00Z",
            checkedAt = "2026-11-27T10:30:00+08:00",
        })), Is.Empty);

    [Test]
    public void No_violation_needs_no_dates() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
