using Enforcement.Modules.WorkSafety.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WorkSafety;

public sealed class FindingMatchesMeasureRuleTests
{
    private readonly FindingMatchesMeasureRule _rule = new();

    [TestCase("AJ-RQ-001", true)]
    [TestCase("AJ-FH-001", true)]
    [TestCase("RS-GZ-001", false)]
    public void Applies_to_every_work_safety_item(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void No_violation_with_a_measure_is_refused() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = "现场未发现违法行为", measure = "责令限期改正" })).Select(e => e.Field),
            Is.EqualTo(new[] { "measure" }));

    [Test]
    public void Violation_without_a_measure_is_refused() =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding = "存在场所安全违法行为", measure = "无需处置" })).Select(e => e.Field),
            Is.EqualTo(new[] { "measure" }));

    [TestCase("现场未发现违法行为", "无需处置")]
    [TestCase("存在场所安全违法行为", "立案调查")]
    public void Consistent_records_pass(string finding, string measure) =>
        Assert.That(_rule.Check(WorkSafetyData.Of(new { finding, measure })), Is.Empty);
}
