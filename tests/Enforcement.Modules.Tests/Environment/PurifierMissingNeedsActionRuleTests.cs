using Enforcement.Modules.Environment;
using Enforcement.Modules.Environment.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Environment;

public sealed class PurifierMissingNeedsActionRuleTests
{
    private readonly PurifierMissingNeedsActionRule _rule = new();

    [Test]
    public void AppliesToCateringFumeOnly()
    {
        Assert.That(_rule.AppliesTo("HB-YY-001"), Is.True);
        Assert.That(_rule.AppliesTo("HB-YY-002"), Is.False);
    }

    [Test]
    public void MissingPurifierWithNoActionIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { purifier = "未安装", measure = "无需处置" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [TestCase("未安装", "当场责令改正")]
    [TestCase("已安装并正常使用", "无需处置")]
    public void OtherCombinationsPass(string purifier, string measure) =>
        Assert.That(_rule.Check(ResultData.Of(new { purifier, measure })), Is.Empty);

    [Test]
    public void ModuleValidationAppliesTheRuleAfterTheForm()
    {
        var data = ResultData.Of(new
        {
            site = new { address = "某街道某路 12 号" },
            purifier = "未安装",
            measure = "无需处置",
            photos = new[] { "ev-1" },
        });
        var request = new ResultValidationRequested("HB-YY-001", data);
        DepartmentAnswers.Validate(new EnvironmentModule(), EnvironmentRules.All, request);
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }
}
