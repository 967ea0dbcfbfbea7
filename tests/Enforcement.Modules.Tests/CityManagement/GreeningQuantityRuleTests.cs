using Enforcement.Modules.CityManagement.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.CityManagement;

public class GreeningQuantityRuleTests
{
    private const string Violation = "现场存在损坏或占用绿化行为";

    private static GreeningQuantityRule For(string code) => GreeningQuantityRule.All.Single(r => r.AppliesTo(code));

    [Test]
    public void Each_greening_item_has_exactly_one_rule()
    {
        foreach (var code in new[] { "CG-LH-001", "CG-LH-002", "CG-LH-003" })
            Assert.That(GreeningQuantityRule.All.Count(r => r.AppliesTo(code)), Is.EqualTo(1), code);
        Assert.That(GreeningQuantityRule.All.Any(r => r.AppliesTo("CG-DL-001")), Is.False);
    }

    [Test]
    public void Felling_needs_the_number_of_trees()
    {
        var rule = For("CG-LH-002");
        Assert.That(rule.Check(RecordData.Of(new { finding = Violation, area = 20 })).Single().Field, Is.EqualTo("trees"));
        Assert.That(rule.Check(RecordData.Of(new { finding = Violation, trees = 2 })), Is.Empty);
    }

    [Test]
    public void Occupation_needs_the_area()
    {
        var rule = For("CG-LH-003");
        Assert.That(rule.Check(RecordData.Of(new { finding = Violation, trees = 1 })).Single().Field, Is.EqualTo("area"));
        Assert.That(rule.Check(RecordData.Of(new { finding = Violation, area = 35.5 })), Is.Empty);
    }

    [Test]
    public void Damage_needs_trees_or_area()
    {
        var rule = For("CG-LH-001");
        Assert.That(rule.Check(RecordData.Of(new { finding = Violation })), Is.Not.Empty);
        Assert.That(rule.Check(RecordData.Of(new { finding = Violation, area = 4 })), Is.Empty);
        Assert.That(rule.Check(RecordData.Of(new { finding = Violation, trees = 1 })), Is.Empty);
    }

    [Test]
    public void No_violation_needs_no_quantity() =>
        Assert.That(For("CG-LH-002").Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
