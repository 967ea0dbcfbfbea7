using Enforcement.Modules.WaterAffairs;
using Enforcement.Modules.WaterAffairs.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.WaterAffairs;

public sealed class PermitFindingRuleTests
{
    private readonly PermitFindingRule _rule = new();

    [Test]
    public void AppliesToTheLicenceItemOnly()
    {
        Assert.That(_rule.AppliesTo("SW-PS-003"), Is.True);
        Assert.That(_rule.AppliesTo("SW-PS-001"), Is.False);
    }

    [Test]
    public void FindingWithoutALicencePasses() =>
        Assert.That(_rule.Check(WaterData.Of(new { measure = "责令停止违法行为、限期补办许可", permit = "未取得" })), Is.Empty);

    [Test]
    public void FindingAgainstALicenceHolderIsRefused() =>
        Assert.That(_rule.Check(WaterData.Of(new { measure = "立案调查（逾期不改正或造成严重后果）", permit = "已取得" })).Single().Message,
            Does.Contain("第五十条第二款"));

    [Test]
    public void FindingWithTheLicenceUnrecordedIsRefused() =>
        Assert.That(_rule.Check(WaterData.Of(new { measure = "责令停止违法行为、限期补办许可" })).Single().Field, Is.EqualTo("permit"));

    [Test]
    public void ModuleValidationAppliesTheRuleAfterTheForm()
    {
        var data = WaterData.Of(new
        {
            site = new { address = "某街道建设路 8 号" },
            party = "个体工商户",
            sewage = "洗车废水",
            outlet = "城镇污水管网",
            separated = "否",
            permit = "已取得",
            measure = "责令停止违法行为、限期补办许可",
            photos = new[] { "ev-1" },
        });
        var request = new ResultValidationRequested("SW-PS-003", data);
        DepartmentAnswers.Validate(new WaterAffairsModule(), WaterAffairsRules.All, request);
        Assert.That(request.OwnerAnswered, Is.True);
        Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "permit" }));
    }
}
