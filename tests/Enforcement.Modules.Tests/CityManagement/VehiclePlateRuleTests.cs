using Enforcement.Modules.CityManagement.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.CityManagement;

public class VehiclePlateRuleTests
{
    private readonly VehiclePlateRule _rule = new();
    private const string Violation = "现场存在倾倒、堆放或遗撒行为";

    [Test]
    public void Applies_only_to_the_muck_truck_item()
    {
        Assert.That(_rule.AppliesTo("CG-ZT-002"), Is.True);
        Assert.That(_rule.AppliesTo("CG-ZT-001"), Is.False);
    }

    [TestCase("京A12345")]
    [TestCase("粤B·D12345")]
    [TestCase("苏e 8k9j2")]
    public void A_violation_with_a_valid_plate_passes(string plate) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, plate })), Is.Empty);

    [Test]
    public void A_violation_without_a_plate_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation })).Single().Field, Is.EqualTo("plate"));

    [TestCase("A12345")]
    [TestCase("京12345")]
    [TestCase("京AO1234")]
    [TestCase("不知道")]
    public void A_malformed_plate_is_refused(string plate) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = Violation, plate })).Single().Message, Does.Contain("格式不正确"));

    [Test]
    public void No_violation_needs_no_plate() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
