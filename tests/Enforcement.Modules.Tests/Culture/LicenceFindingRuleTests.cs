using Enforcement.Modules.Culture.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Culture;

public sealed class LicenceFindingRuleTests
{
    private readonly LicenceFindingRule _rule = new();

    [TestCase("WH-YL-001", true)]
    [TestCase("WH-CB-001", true)]
    [TestCase("WH-WB-001", false)]
    [TestCase("WH-YL-004", false)]
    public void Applies_to_the_unlicensed_business_items(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void Finding_against_a_licence_shown_on_site_is_refused()
    {
        var errors = _rule.Check(CultureRecord.Of(new { licence = "已取得并出示", measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "licence" }));
    }

    [TestCase("未取得", "立案调查")]
    [TestCase("未能当场出示", "立案调查")]
    [TestCase("已取得并出示", "无需处置")]
    public void Other_combinations_pass(string licence, string measure) =>
        Assert.That(_rule.Check(CultureRecord.Of(new { licence, measure })), Is.Empty);
}
