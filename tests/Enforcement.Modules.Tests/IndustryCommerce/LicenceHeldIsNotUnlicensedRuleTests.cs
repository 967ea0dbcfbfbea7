using Enforcement.Modules.IndustryCommerce.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

public sealed class LicenceHeldIsNotUnlicensedRuleTests
{
    private const string Violation = "现场存在无照经营或为无照经营提供条件的行为";
    private readonly LicenceHeldIsNotUnlicensedRule _rule = new();

    [Test]
    public void AppliesToUnlicensedBusinessOnly()
    {
        Assert.That(_rule.AppliesTo("GS-WZ-001"), Is.True);
        Assert.That(_rule.AppliesTo("GS-WZ-002"), Is.False);
    }

    [Test]
    public void AFindingAgainstALicensedTraderIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, licence = "已取得营业执照" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "licence" }));
    }

    [TestCase(Violation, "未取得营业执照")]
    [TestCase(Violation, "营业执照已被吊销或注销")]
    [TestCase("现场未发现违法行为", "已取得营业执照")]
    public void OtherCombinationsPass(string finding, string licence) =>
        Assert.That(_rule.Check(ResultData.Of(new { finding, licence })), Is.Empty);
}
