using Enforcement.Cases.Procedure.Rules;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class HearingRulesTests
{
    [TestCase(10_000, true)]
    [TestCase(9_999, false)]
    public void A_fine_at_the_threshold_grants_a_hearing(decimal amount, bool grants) =>
        Assert.That(HearingRules.Grants(Penalties.Fine, amount, 10_000), Is.EqualTo(grants));

    [Test]
    public void A_warning_grants_no_hearing() => Assert.That(HearingRules.Grants(Penalties.Warning, null, 0), Is.False);

    [Test]
    public void A_request_after_the_five_day_window_is_refused() =>
        Assert.That(HearingRules.CheckRequest(new DateOnly(2026, 12, 5), new DateOnly(2026, 12, 4)), Does.Contain("第六十四条"));

    [Test]
    public void A_hearing_sooner_than_seven_working_days_after_notice_is_refused()
    {
        var notice = new DateOnly(2026, 11, 27);
        var earliest = new DateOnly(2026, 12, 8);
        Assert.Multiple(() =>
        {
            Assert.That(HearingRules.CheckNotice(notice, new DateOnly(2026, 12, 7), earliest), Does.Contain("七日"));
            Assert.That(HearingRules.CheckNotice(notice, earliest, earliest), Is.Null);
        });
    }
}
