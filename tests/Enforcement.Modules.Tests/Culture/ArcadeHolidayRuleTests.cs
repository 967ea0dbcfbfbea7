using Enforcement.Modules.Culture.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Culture;

public sealed class ArcadeHolidayRuleTests
{
    private readonly ArcadeHolidayRule _rule = new();

    [Test]
    public void Applies_to_the_arcade_item_only()
    {
        Assert.That(_rule.AppliesTo("WH-YL-003"), Is.True);
        Assert.That(_rule.AppliesTo("WH-YL-002"), Is.False);
    }

    [Test]
    public void Finding_on_a_public_holiday_is_refused()
    {
        var errors = _rule.Check(CultureRecord.Of(new { publicHoliday = "是", measure = "立案调查" })).ToList();
        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "publicHoliday" }));
    }

    [TestCase("否", "立案调查")]
    [TestCase("是", "无需处置")]
    public void Other_combinations_pass(string publicHoliday, string measure) =>
        Assert.That(_rule.Check(CultureRecord.Of(new { publicHoliday, measure })), Is.Empty);
}
