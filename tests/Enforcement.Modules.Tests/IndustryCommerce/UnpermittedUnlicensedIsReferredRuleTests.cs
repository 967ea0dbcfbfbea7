using Enforcement.Modules.IndustryCommerce.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

public sealed class UnpermittedUnlicensedIsReferredRuleTests
{
    private const string Violation = "现场存在无照经营或为无照经营提供条件的行为";
    private readonly UnpermittedUnlicensedIsReferredRule _rule = new();

    [Test]
    public void AppliesToUnlicensedBusinessOnly()
    {
        Assert.That(_rule.AppliesTo("GS-WZ-001"), Is.True);
        Assert.That(_rule.AppliesTo("GS-WZ-003"), Is.False);
    }

    [Test]
    public void NeitherPermitNorLicenceMustBeReferredToThePermitDepartment()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, permit = "依法须取得许可但未取得", measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [Test]
    public void AReferralWithoutAMissingPermitIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, permit = "经营项目依法无须许可", measure = "移送许可部门查处" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "permit" }));
    }

    [TestCase("依法须取得许可但未取得", "移送许可部门查处")]
    [TestCase("经营项目依法无须许可", "责令停止经营活动")]
    [TestCase("已取得经营许可", "督促引导办理营业执照")]
    public void ConsistentRecordsPass(string permit, string measure) =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, permit, measure })), Is.Empty);

    [Test]
    public void NoViolationIsNotJudged() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = "现场未发现违法行为", permit = "依法须取得许可但未取得", measure = "无需处置" })), Is.Empty);
}
