using Enforcement.Modules.Planning;
using Enforcement.Modules.Planning.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Planning;

public sealed class CorrectabilityLadderRuleTests
{
    private readonly CorrectabilityLadderRule _rule = new();

    [TestCase("GH-WJ-001", true)]
    [TestCase("GH-WJ-002", true)]
    [TestCase("GH-LS-001", false)]
    public void AppliesToTheArticle64Items(string code, bool applies) => Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [TestCase("尚可采取改正措施消除影响", "责令限期改正")]
    [TestCase("无法采取改正措施消除影响", "责令限期拆除")]
    [TestCase("待规划主管部门认定", "责令停止建设")]
    [TestCase("待规划主管部门认定", "移送规划主管部门认定")]
    public void MeasuresOnTheRecordedRungPass(string correctable, string measure) =>
        Assert.That(_rule.Check(PlanningData.Of(new { correctable, measure })), Is.Empty);

    [TestCase("尚可采取改正措施消除影响", "责令限期拆除")]
    [TestCase("无法采取改正措施消除影响", "责令限期改正")]
    public void AMeasureOnTheOtherRungIsRefused(string correctable, string measure) =>
        Assert.That(_rule.Check(PlanningData.Of(new { correctable, measure })).Single().Field, Is.EqualTo("measure"));

    [TestCase("责令限期改正")]
    [TestCase("责令限期拆除")]
    public void ARungMeasureNeedsTheRungDetermined(string measure)
    {
        Assert.That(_rule.Check(PlanningData.Of(new { measure })).Single().Field, Is.EqualTo("correctable"));
        Assert.That(_rule.Check(PlanningData.Of(new { correctable = "待规划主管部门认定", measure })).Single().Field, Is.EqualTo("correctable"));
    }

    [Test]
    public void ModuleValidationAppliesTheRuleAfterTheForm()
    {
        var data = PlanningData.Of(new
        {
            site = new { address = "某街道幸福小区 5 幢楼顶" },
            permit = "未取得建设工程规划许可证",
            kind = "楼顶搭建",
            correctable = "无法采取改正措施消除影响",
            measure = "责令限期改正",
            photos = new[] { "ev-7" },
        });
        var request = new ResultValidationRequested("GH-WJ-001", data);
        DepartmentAnswers.Validate(new PlanningModule(), PlanningRules.All, request);
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }
}
