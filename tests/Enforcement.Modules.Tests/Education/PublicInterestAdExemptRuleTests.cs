using Enforcement.Modules.Education.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Education;

public sealed class PublicInterestAdExemptRuleTests
{
    private const string Violation = "现场存在违法广告行为";
    private readonly PublicInterestAdExemptRule _rule = new();

    [Test]
    public void AppliesToSchoolAdsOnly()
    {
        Assert.That(_rule.AppliesTo("JY-GG-002"), Is.True);
        Assert.That(_rule.AppliesTo("JY-GG-001"), Is.False);
    }

    [Test]
    public void APublicInterestAdCannotBeFoundUnlawfulUnderArticle39()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, adKind = "公益广告" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "adKind" }));
    }

    [TestCase(Violation, "商业广告")]
    [TestCase("现场未发现违法行为", "公益广告")]
    public void OtherCombinationsPass(string finding, string adKind) =>
        Assert.That(_rule.Check(ResultData.Of(new { finding, adKind })), Is.Empty);
}
