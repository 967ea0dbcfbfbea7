using Enforcement.Modules.TrafficPolice.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.TrafficPolice;

public sealed class FindingMatchesMeasureRuleTests
{
    private readonly FindingMatchesMeasureRule _rule = new();

    [Test]
    public void Applies_to_every_traffic_item_and_no_other() =>
        Assert.Multiple(() =>
        {
            Assert.That(_rule.AppliesTo("JJ-TC-001"), Is.True);
            Assert.That(_rule.AppliesTo("CG-DL-001"), Is.False);
        });

    [Test]
    public void No_violation_with_a_measure_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场未发现违法行为", measure = "警告" })).Single().Field, Is.EqualTo("measure"));

    [Test]
    public void A_violation_without_a_measure_is_refused() =>
        Assert.That(_rule.Check(RecordData.Of(new { finding = "现场查实机动车违法行为", measure = "无需处置" })).Single().Field, Is.EqualTo("measure"));

    [TestCase("现场查实机动车违法行为", "警告")]
    [TestCase("现场未发现违法行为", "无需处置")]
    public void Consistent_records_pass(string finding, string measure) =>
        Assert.That(_rule.Check(RecordData.Of(new { finding, measure })), Is.Empty);
}
