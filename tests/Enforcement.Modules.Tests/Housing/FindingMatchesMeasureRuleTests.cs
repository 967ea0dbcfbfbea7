using Enforcement.Modules.Housing.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Housing;

public sealed class FindingMatchesMeasureRuleTests
{
    private readonly FindingMatchesMeasureRule _rule = new();

    [TestCase("ZJ-WY-001", true)]
    [TestCase("ZJ-YC-001", true)]
    [TestCase("HB-YC-004", false)]
    public void Applies_to_every_housing_item(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void No_violation_with_a_measure_is_refused() =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = "现场未发现违法行为", measure = "立案调查" })).Select(e => e.Field),
            Is.EqualTo(new[] { "measure" }));

    [Test]
    public void Violation_without_a_measure_is_refused() =>
        Assert.That(_rule.Check(HousingData.Of(new { finding = "存在挪用专项维修资金的行为", measure = "无需处置" })).Select(e => e.Field),
            Is.EqualTo(new[] { "measure" }));

    [TestCase("现场未发现违法行为", "无需处置")]
    [TestCase("存在挪用专项维修资金的行为", "立案调查")]
    public void Consistent_records_pass(string finding, string measure) =>
        Assert.That(_rule.Check(HousingData.Of(new { finding, measure })), Is.Empty);
}
