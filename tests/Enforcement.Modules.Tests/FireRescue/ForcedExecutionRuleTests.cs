using Enforcement.Modules.FireRescue;
using Enforcement.Modules.FireRescue.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.FireRescue;

public sealed class ForcedExecutionRuleTests
{
    private const string Forced = "强制执行（经责令改正拒不改正）";
    private readonly ForcedExecutionRule _rule = new();

    [TestCase("XF-TD-001", true)]
    [TestCase("XF-SS-002", true)]
    [TestCase("XF-JZ-002", true)]
    [TestCase("XF-DQ-001", false)]
    public void Applies_to_the_items_whose_forms_offer_forced_execution(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [Test]
    public void Forced_execution_without_a_refusal_is_refused()
    {
        var errors = _rule.Check(FireRecord.Of(new { compliance = "尚在改正期限内", measure = Forced })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "compliance" }));
    }

    [Test]
    public void Forced_execution_after_a_refusal_passes() =>
        Assert.That(_rule.Check(FireRecord.Of(new { compliance = "经责令改正拒不改正", measure = Forced, conduct = "圈占" })), Is.Empty);

    [TestCase("损坏")]
    [TestCase("擅自拆除")]
    public void Forced_execution_is_not_provided_for_damaged_or_removed_equipment(string conduct)
    {
        var errors = _rule.Check(FireRecord.Of(new { compliance = "经责令改正拒不改正", measure = Forced, conduct })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [Test]
    public void Other_measures_are_not_judged() =>
        Assert.That(_rule.Check(FireRecord.Of(new { compliance = "当场已改正", measure = "给予警告" })), Is.Empty);

    [Test]
    public void Module_validation_applies_the_rule_after_the_form()
    {
        var data = FireRecord.Of(new
        {
            site = new { address = "南苑街道阳光花园 5 栋东侧" },
            passage = "消防车通道",
            obstruction = new[] { "停放机动车" },
            party = "个人",
            plate = "苏A12345",
            compliance = "尚在改正期限内",
            measure = Forced,
            photos = new[] { "ev-1" },
        });
        var request = new ResultValidationRequested("XF-TD-001", data);
        DepartmentAnswers.Validate(new FireRescueModule(), FireRescueRules.All, request);
        Assert.Multiple(() =>
        {
            Assert.That(request.OwnerAnswered, Is.True);
            Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "compliance" }));
        });
    }
}
