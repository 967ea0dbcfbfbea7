using Enforcement.Cases.Procedure.Rules;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class TimeBarRuleTests
{
    private static readonly DateOnly Discovered = new(2026, 11, 27);

    [Test]
    public void Two_years_to_the_day_is_still_in_time() =>
        Assert.That(TimeBarRule.Check(new DateOnly(2024, 11, 27), null, null, Discovered), Is.Null);

    [Test]
    public void Older_than_two_years_is_barred_citing_article_36() =>
        Assert.That(TimeBarRule.Check(new DateOnly(2024, 11, 26), null, null, Discovered), Does.Contain("第三十六条"));

    [Test]
    public void A_continuing_violation_runs_from_the_day_it_ended() =>
        Assert.That(TimeBarRule.Check(new DateOnly(2020, 1, 1), new DateOnly(2025, 6, 1), null, Discovered), Is.Null);

    [Test]
    public void The_five_year_bar_applies_when_its_reason_is_recorded() =>
        Assert.That(TimeBarRule.Check(new DateOnly(2022, 1, 1), null, "涉及食品安全，造成多人身体健康损害", Discovered), Is.Null);
}
