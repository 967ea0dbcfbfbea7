using Enforcement.Modules.TrafficPolice.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.TrafficPolice;

public sealed class RiderAgeRuleTests
{
    private readonly RiderAgeRule _rule = new();
    private const string Violation = "现场查实非机动车驾驶人或行人违法行为";

    [Test]
    public void Applies_only_to_the_under_16_item() =>
        Assert.Multiple(() =>
        {
            Assert.That(_rule.AppliesTo("JJ-FJ-004"), Is.True);
            Assert.That(_rule.AppliesTo("JJ-FJ-001"), Is.False);
        });

    [Test]
    public void A_fourteen_year_old_on_an_electric_bicycle_passes() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, riderAge = 14, vehicleKind = "电动自行车" })), Is.Empty);

    [Test]
    public void The_age_must_be_recorded() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation })).Single().Field, Is.EqualTo("riderAge"));

    [TestCase(16)]
    [TestCase(30)]
    public void A_rider_aged_16_or_more_is_not_this_offence(int age) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, riderAge = age })).Single().Message, Does.Contain("已年满16周岁"));

    [Test]
    public void A_bicycle_is_not_an_electric_bicycle() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, riderAge = 12, vehicleKind = "自行车" })).Single().Field,
            Is.EqualTo("vehicleKind"));

    [Test]
    public void No_violation_needs_no_age() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
