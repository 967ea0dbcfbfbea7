using Enforcement.Modules.Environment;
using Enforcement.Modules.Environment.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Environment;

public sealed class WasteClassMatchesItemRuleTests
{
    private static WasteClassMatchesItemRule For(string code) => WasteClassMatchesItemRule.All.Single(r => r.AppliesTo(code));

    [Test]
    public void EachSolidWasteItemHasExactlyOneRule()
    {
        foreach (var code in new[] { "HB-GF-001", "HB-GF-002" })
            Assert.That(WasteClassMatchesItemRule.All.Count(r => r.AppliesTo(code)), Is.EqualTo(1), code);
        Assert.That(WasteClassMatchesItemRule.All.Any(r => r.AppliesTo("HB-YC-001")), Is.False);
    }

    [Test]
    public void HazardousItemRefusesIndustrialWaste()
    {
        var errors = For("HB-GF-001").Check(ResultData.Of(new { wasteClass = "一般工业固体废物", measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "wasteClass" }));
    }

    [Test]
    public void IndustrialItemRefusesHazardousWaste() =>
        Assert.That(For("HB-GF-002").Check(ResultData.Of(new { wasteClass = "危险废物", measure = "责令改正" })), Is.Not.Empty);

    [TestCase("HB-GF-001", "危险废物")]
    [TestCase("HB-GF-002", "一般工业固体废物")]
    public void MatchingClassPasses(string code, string wasteClass) =>
        Assert.That(For(code).Check(ResultData.Of(new { wasteClass, measure = "立案调查" })), Is.Empty);

    [Test]
    public void NoActionIsNotJudged() =>
        Assert.That(For("HB-GF-001").Check(ResultData.Of(new { wasteClass = "一般工业固体废物", measure = "无需处置" })), Is.Empty);

    [Test]
    public void ModuleValidationAppliesTheRuleAfterTheForm()
    {
        var data = ResultData.Of(new
        {
            site = new { address = "某街道工业园 3 号" },
            wasteClass = "一般工业固体废物",
            wasteKinds = new[] { "炉渣、废渣" },
            storage = "露天或无防渗、防雨等防护措施",
            measure = "立案调查",
            photos = new[] { "ev-9" },
        });
        var refused = new ResultValidationRequested("HB-GF-001", data);
        var accepted = new ResultValidationRequested("HB-GF-002", data);
        DepartmentAnswers.Validate(new EnvironmentModule(), EnvironmentRules.All, refused);
        DepartmentAnswers.Validate(new EnvironmentModule(), EnvironmentRules.All, accepted);
        Assert.Multiple(() =>
        {
            Assert.That(refused.Errors.Select(e => e.Field), Is.EqualTo(new[] { "wasteClass" }));
            Assert.That(accepted.Errors, Is.Empty);
        });
    }
}
