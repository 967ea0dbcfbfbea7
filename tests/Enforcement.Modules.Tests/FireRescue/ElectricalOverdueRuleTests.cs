using Enforcement.Modules.FireRescue.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.FireRescue;

public sealed class ElectricalOverdueRuleTests
{
    private readonly ElectricalOverdueRule _rule = new();

    [Test]
    public void Applies_to_the_wiring_item_only()
    {
        Assert.That(_rule.AppliesTo("XF-DQ-001"), Is.True);
        Assert.That(_rule.AppliesTo("XF-TD-002"), Is.False);
    }

    [TestCase("责令停止使用", "首次检查（尚未责令限期改正）")]
    [TestCase("立案调查", "限期届满，已改正")]
    public void Stop_or_fine_before_the_deadline_has_run_out_is_refused(string measure, string stage)
    {
        var errors = _rule.Check(FireRecord.Of(new { measure, stage })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "measure" }));
    }

    [TestCase("责令停止使用")]
    [TestCase("立案调查")]
    public void Stop_or_fine_after_the_deadline_ran_out_passes(string measure) =>
        Assert.That(_rule.Check(FireRecord.Of(new { measure, stage = "限期届满，逾期未改正" })), Is.Empty);

    [Test]
    public void An_order_to_correct_needs_its_deadline()
    {
        var errors = _rule.Check(FireRecord.Of(new { measure = "责令限期改正", stage = "首次检查（尚未责令限期改正）" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "deadline" }));
        Assert.That(_rule.Check(FireRecord.Of(new
        {
            measure = "责令限期改正",
            stage = "首次检查（尚未责令限期改正）",
            deadline = "2026-12-04T18:00:00+08:00",
        })), Is.Empty);
    }
}
