using Enforcement.Modules.Culture;
using Enforcement.Modules.Culture.Rules;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Modules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Culture;

public sealed class LateHoursRuleTests
{
    private readonly LateHoursRule _rule = new();

    [TestCase("WH-YL-004", true)]
    [TestCase("WH-YL-001", false)]
    [TestCase("WH-YL-005", false)]
    public void Applies_to_the_business_hours_item_only(string code, bool applies) =>
        Assert.That(_rule.AppliesTo(code), Is.EqualTo(applies));

    [TestCase("2026-11-27T02:00:00+08:00")]
    [TestCase("2026-11-27T03:40:00+08:00")]
    [TestCase("2026-11-27T07:59:00+08:00")]
    public void Inspection_inside_the_closed_hours_passes(string at) =>
        Assert.That(_rule.Check(CultureRecord.Of(new { observedAt = at, measure = "给予警告" })), Is.Empty);

    [TestCase("2026-11-27T01:59:00+08:00")]
    [TestCase("2026-11-27T08:00:00+08:00")]
    [TestCase("2026-11-27T23:30:00+08:00")]
    public void Inspection_outside_the_closed_hours_is_refused(string at)
    {
        var errors = _rule.Check(CultureRecord.Of(new { observedAt = at, measure = "给予警告" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "observedAt" }));
    }

    [Test]
    public void The_hour_is_read_on_beijing_time_whatever_the_recorded_offset()
    {
        // 19:30 UTC is 03:30 in Nanjing (inside the window); 03:30 UTC is 11:30 there (outside).
        Assert.That(_rule.Check(CultureRecord.Of(new { observedAt = "2026-11-26T19:30:00Z", measure = "给予警告" })), Is.Empty);
        Assert.That(_rule.Check(CultureRecord.Of(new { observedAt = "2026-11-27T03:30:00Z", measure = "给予警告" })), Is.Not.Empty);
    }

    [Test]
    public void No_action_needs_no_time_check() =>
        Assert.That(_rule.Check(CultureRecord.Of(new { observedAt = "2026-11-27T22:00:00+08:00", measure = "无需处置" })), Is.Empty);

    [Test]
    public void Module_validation_applies_the_rule_after_the_form()
    {
        var data = CultureRecord.Of(new
        {
            site = new { address = "南苑街道应天大街 88 号" },
            venueName = "某某量贩式KTV",
            venueType = "歌舞娱乐场所（KTV、歌舞厅、夜总会等）",
            licence = "已取得并出示",
            observedAt = "2026-11-27T22:10:00+08:00",
            signs = "已在显著位置悬挂",
            measure = "给予警告",
            photos = new[] { "ev-1" },
        });
        var request = new ResultValidationRequested("WH-YL-004", data);
        DepartmentAnswers.Validate(new CultureModule(), CultureRules.All, request);
        Assert.Multiple(() =>
        {
            Assert.That(request.OwnerAnswered, Is.True);
            Assert.That(request.Errors.Select(e => e.Field), Is.EqualTo(new[] { "observedAt" }));
        });
    }
}
