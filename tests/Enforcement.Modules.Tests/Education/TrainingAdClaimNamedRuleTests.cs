using Enforcement.Modules.Education.Forms;
using Enforcement.Modules.Education.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Education;

public sealed class TrainingAdClaimNamedRuleTests
{
    private const string Violation = "现场存在违法广告行为";
    private readonly TrainingAdClaimNamedRule _rule = new();

    [Test]
    public void AppliesToTrainingAdsOnly()
    {
        Assert.That(_rule.AppliesTo("JY-GG-001"), Is.True);
        Assert.That(_rule.AppliesTo("JY-GG-002"), Is.False);
    }

    [Test]
    public void AFindingWithoutTheForbiddenContentIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, claims = Array.Empty<string>() })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "claims" }));
    }

    [Test]
    public void AFindingNamingTheContentPasses() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, claims = new[] { EducationForms.TrainingAdClaims[0] } })), Is.Empty);

    [Test]
    public void NoViolationNeedsNoContent() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
