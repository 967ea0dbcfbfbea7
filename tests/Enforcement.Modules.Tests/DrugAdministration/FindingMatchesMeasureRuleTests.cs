using Enforcement.Modules.DrugAdministration.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.DrugAdministration;

public sealed class FindingMatchesMeasureRuleTests
{
    private readonly FindingMatchesMeasureRule _rule = new();

    [Test]
    public void Applies_to_every_food_item_only()
    {
        Assert.That(_rule.AppliesTo("YJ-XK-001"), Is.True);
        Assert.That(_rule.AppliesTo("CG-DL-001"), Is.False);
    }

    [Test]
    public void No_violation_with_a_measure_is_refused()
    {
        var errors = _rule.Check(RecordData.Of(new { finding = "现场未发现违法行为", measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [Test]
    public void Violation_without_a_measure_is_refused()
    {
        var errors = _rule.Check(RecordData.Of(new { finding = "现场发现不符合食品安全要求的食品", measure = "无需处置" })).ToList();
        Assert.That(errors.Select(e => e.Message), Has.One.Contains("须选择处置措施"));
    }

    [TestCase("现场发现不符合食品安全要求的食品", "查封、扣押涉案食品并立案调查")]
    [TestCase("现场未发现违法行为", "无需处置")]
    public void Consistent_records_pass(string finding, string measure) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding, measure })), Is.Empty);

    [Test]
    public void Missing_fields_are_left_to_the_form_validator() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
