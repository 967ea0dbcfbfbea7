using Enforcement.Modules.CityManagement.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.CityManagement;

public class MeasuredQuantityRuleTests
{
    private readonly MeasuredQuantityRule _rule = new();

    [TestCase("CG-ZT-001", true)]
    [TestCase("CG-SR-004", true)]
    [TestCase("CG-LJ-001", true)]
    [TestCase("CG-LJ-003", true)]
    [TestCase("CG-ZT-002", false)]
    [TestCase("CG-YY-001", false)]
    public void Applies_to_dumping_and_spillage_items(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void A_violation_without_a_quantity_is_refused()
    {
        var errors = _rule.Check(RecordData.Of(new { finding = "现场存在倾倒、堆放或遗撒行为", measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "quantity" }));
    }

    [Test]
    public void A_violation_with_zero_quantity_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场存在倾倒、堆放或遗撒行为", quantity = 0 })), Is.Not.Empty);

    [Test]
    public void A_violation_with_a_measured_quantity_passes() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场存在倾倒、堆放或遗撒行为", quantity = 3.5 })), Is.Empty);

    [Test]
    public void No_violation_needs_no_quantity() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为", measure = "无需处置" })), Is.Empty);
}
