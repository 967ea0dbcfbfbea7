using Enforcement.Modules.IndustryCommerce.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.IndustryCommerce;

public sealed class FacilitatorNamedRuleTests
{
    private const string Violation = "现场存在无照经营或为无照经营提供条件的行为";
    private readonly FacilitatorNamedRule _rule = new();

    [TestCase("GS-WZ-002", true)]
    [TestCase("GS-WZ-003", true)]
    [TestCase("GS-WZ-001", false)]
    public void AppliesToTheFacilitatorItems(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void AFindingWithoutTheFacilitatorIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, facilitator = " " })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "facilitator" }));
    }

    [Test]
    public void AFindingNamingTheFacilitatorPasses() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, facilitator = "幸福路 12 号门面房东张某" })), Is.Empty);

    [Test]
    public void NoViolationNeedsNoFacilitator() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = "现场未发现违法行为" })), Is.Empty);
}
