using Enforcement.Modules.Culture.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Culture;

public sealed class MinorsFindingRuleTests
{
    private readonly MinorsFindingRule _rule = new();

    [TestCase("WH-YL-002", true)]
    [TestCase("WH-YL-003", true)]
    [TestCase("WH-YL-005", false)]
    public void Applies_to_the_two_minors_items(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void Finding_without_minors_or_age_evidence_is_refused()
    {
        var errors = _rule.Check(CultureRecord.Of(new { minors = 0, measure = "立案调查" })).Select(e => e.Field);
        Assert.That(errors, Is.EquivalentTo(new[] { "minors", "ageEvidence" }));
    }

    [Test]
    public void Finding_with_minors_and_age_evidence_passes() =>
        Assert.That(_rule.Check(CultureRecord.Of(new { minors = 3, ageEvidence = new[] { "查验居民身份证" }, measure = "立案调查" })), Is.Empty);

    [Test]
    public void No_action_is_not_judged() =>
        Assert.That(_rule.Check(CultureRecord.Of(new { minors = 0, measure = "无需处置" })), Is.Empty);
}
