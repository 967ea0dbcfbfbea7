using Enforcement.Modules.TrafficPolice.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.TrafficPolice;

public sealed class ParkingFineConditionsRuleTests
{
    private readonly ParkingFineConditionsRule _rule = new();

    [TestCase("JJ-TC-001", true)]
    [TestCase("JJ-TC-006", true)]
    [TestCase("JJ-TC-007", false)]   // non-motor parking: 第八十九条, no such conditions
    [TestCase("JJ-JD-001", false)]
    public void Applies_to_the_motor_vehicle_parking_items(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [TestCase("驾驶人不在现场")]
    [TestCase("驾驶人在现场但拒绝立即驶离")]
    public void A_fine_with_the_driver_absent_or_refusing_and_traffic_obstructed_passes(string driver) =>
        Assert.That(_rule.Check(RecordData.Of(new { measure = "处以罚款", driver, obstruction = "妨碍其他车辆、行人通行" })), Is.Empty);

    [Test]
    public void A_driver_who_moved_off_at_once_gets_only_a_warning()
    {
        var errors = _rule.Check(RecordData.Of(new { measure = "处以罚款并拖移机动车", driver = "驾驶人在现场并立即驶离", obstruction = "妨碍其他车辆、行人通行" }));
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "driver" }));
    }

    [Test]
    public void A_fine_needs_the_obstruction_established()
    {
        var errors = _rule.Check(RecordData.Of(new { measure = "处以罚款", driver = "驾驶人不在现场", obstruction = "未妨碍其他车辆、行人通行" }));
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "obstruction" }));
    }

    [Test]
    public void A_fine_without_either_fact_reports_both() =>
        Assert.That(_rule.Check(RecordData.Of(new { measure = "处以罚款" })).Select(e => e.Field),
            Is.EquivalentTo(new[] { "driver", "obstruction" }));

    [Test]
    public void A_verbal_warning_needs_neither_condition() =>
        Assert.That(_rule.Check(RecordData.Of(new { measure = "指出违法行为并口头警告，令其立即驶离", driver = "驾驶人在现场并立即驶离" })), Is.Empty);
}
