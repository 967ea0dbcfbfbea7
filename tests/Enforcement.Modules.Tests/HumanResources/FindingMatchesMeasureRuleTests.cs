using Enforcement.Modules.HumanResources.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.HumanResources;

public sealed class FindingMatchesMeasureRuleTests
{
    private readonly FindingMatchesMeasureRule _rule = new();

    [TestCase("RS-GZ-001", true)]
    [TestCase("RS-NM-004", true)]
    [TestCase("AJ-PX-001", false)]
    public void Applies_to_every_hr_item(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void No_violation_with_a_measure_is_refused() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = "未发现违法行为", measure = "责令改正" })).Select(e => e.Field),
            Is.EqualTo(new[] { "measure" }));

    [Test]
    public void Violation_without_a_measure_is_refused() =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding = "存在建立劳动关系未依法订立劳动合同的行为", measure = "无需处置" })).Select(e => e.Field),
            Is.EqualTo(new[] { "measure" }));

    [TestCase("未发现违法行为", "无需处置")]
    [TestCase("存在建立劳动关系未依法订立劳动合同的行为", "责令改正")]
    public void Consistent_records_pass(string finding, string measure) =>
        Assert.That(_rule.Check(HumanResourcesData.Of(new { finding, measure })), Is.Empty);
}
