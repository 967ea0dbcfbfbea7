using Enforcement.Modules.TrafficPolice.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.TrafficPolice;

public sealed class VehiclePlateRuleTests
{
    private readonly VehiclePlateRule _rule = new();
    private const string Violation = "现场查实机动车违法行为";

    [TestCase("JJ-TC-001", true)]
    [TestCase("JJ-JD-008", true)]
    [TestCase("JJ-PZ-002", true)]
    [TestCase("JJ-PZ-001", false)]   // 未悬挂号牌: nothing to record
    [TestCase("JJ-FJ-001", false)]
    public void Applies_to_motor_vehicle_items_with_a_plate(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [TestCase("苏A12345")]
    [TestCase("苏A·D12345")]
    [TestCase("京ad 12345")]
    [TestCase("粤B1234学")]
    public void A_violation_with_a_valid_plate_passes(string plate) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, plate })), Is.Empty);

    [Test]
    public void A_violation_without_a_plate_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation })).Single().Field, Is.EqualTo("plate"));

    [TestCase("A12345")]
    [TestCase("苏I12345")]
    [TestCase("苏A1234")]
    [TestCase("不清楚")]
    public void A_malformed_plate_is_refused(string plate) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, plate })).Single().Message, Does.Contain("格式不正确"));

    [Test]
    public void No_violation_needs_no_plate() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
