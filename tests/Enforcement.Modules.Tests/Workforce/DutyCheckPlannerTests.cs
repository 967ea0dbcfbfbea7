using NUnit.Framework;
using Enforcement.Workforce.DutyChecks;

namespace Enforcement.Modules.Tests.Workforce;

[TestFixture]
public sealed class DutyCheckPlannerTests
{
    private static readonly DateOnly Day = new(2026, 11, 27);
    private static readonly DutyCheckOptions Options = new();                         // 4 a day, 08:30–17:30 local
    private static readonly DateTime OpensUtc = new(2026, 11, 27, 0, 30, 0, DateTimeKind.Utc);   // 08:30 UTC+8
    private static readonly DateTime ClosesUtc = new(2026, 11, 27, 9, 30, 0, DateTimeKind.Utc);  // 17:30 UTC+8
    private static readonly DateTime Midnight = new(2026, 11, 26, 16, 0, 0, DateTimeKind.Utc);   // 00:00 UTC+8

    [Test]
    public void A_plan_made_before_the_window_spreads_the_checks_over_the_whole_window_in_order()
    {
        var random = new FixedRandom(30_000, 0, 32_399, 600);
        var times = DutyCheckPlanner.Plan(Day, Midnight, Options, random);
        Assert.Multiple(() =>
        {
            Assert.That(random.Asked, Is.EqualTo(Enumerable.Repeat(9 * 3600, 4)), "seconds in 08:30–17:30");
            Assert.That(times, Is.EqualTo(new[] { OpensUtc, OpensUtc.AddSeconds(600), OpensUtc.AddSeconds(30_000), OpensUtc.AddSeconds(32_399) }));
            Assert.That(times, Has.All.InRange(OpensUtc, ClosesUtc));
        });
    }

    [Test]
    public void A_plan_made_inside_the_window_uses_only_what_is_left()
    {
        var now = OpensUtc.AddHours(8);                                               // 16:30 local
        var random = new FixedRandom(0, 1, 2, 3_599);
        var times = DutyCheckPlanner.Plan(Day, now, Options, random);
        Assert.Multiple(() =>
        {
            Assert.That(random.Asked, Has.All.EqualTo(3600));
            Assert.That(times, Has.All.InRange(now, ClosesUtc));
        });
    }

    [Test]
    public void A_plan_made_after_the_window_has_no_checks() =>
        Assert.That(DutyCheckPlanner.Plan(Day, ClosesUtc, Options, new FixedRandom()), Is.Empty);

    [Test]
    public void The_number_and_the_hours_come_from_the_options()
    {
        var options = new DutyCheckOptions { ChecksPerDay = 2, WindowStart = new(20, 0), WindowEnd = new(22, 0) };
        var times = DutyCheckPlanner.Plan(Day, Midnight, options, new FixedRandom(0, 7_199));
        Assert.That(times, Is.EqualTo(new[]
        {
            new DateTime(2026, 11, 27, 12, 0, 0, DateTimeKind.Utc), new DateTime(2026, 11, 27, 13, 59, 59, DateTimeKind.Utc),
        }));
    }

    [Test]
    public void No_checks_a_day_plans_none() =>
        Assert.That(DutyCheckPlanner.Plan(Day, Midnight, new DutyCheckOptions { ChecksPerDay = 0 }, new FixedRandom()), Is.Empty);
}
