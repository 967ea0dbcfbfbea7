using Enforcement.Modules.Education;
using Enforcement.Modules.Education.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Education;

public sealed class TextbookTurnoverRecordedRuleTests
{
    private const string Violation = "现场存在违法发行中学小学教科书行为";
    private readonly TextbookTurnoverRecordedRule _rule = new();

    [TestCase("JY-JC-001", true)]
    [TestCase("JY-JC-002", true)]
    [TestCase("JY-GG-001", false)]
    public void AppliesToTheTextbookItems(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void AFiledCaseWithoutTheTurnoverIsRefused()
    {
        var errors = _rule.Check(ResultData.Of(new { finding = Violation, measure = "联合立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "turnover" }));
    }

    [Test]
    public void AFiledCaseWithTheTurnoverPasses() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, measure = "联合立案调查", turnover = 6400 })), Is.Empty);

    [Test]
    public void AnOrderToStopNeedsNoTurnoverYet() =>
        Assert.That(_rule.Check(ResultData.Of(new { finding = Violation, measure = "当场责令停止发行" })), Is.Empty);

    [Test]
    public void ModuleValidationAppliesTheRuleAfterTheForm()
    {
        var data = ResultData.Of(new
        {
            site = new { address = "实验小学东门 3 号" }, finding = Violation, measure = "联合立案调查", photos = new[] { "ev-1" },
        });
        var request = new ResultValidationRequested("JY-JC-001", data);
        DepartmentAnswers.Validate(new EducationModule(), EducationRules.All, request);
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "turnover" }));
    }
}
