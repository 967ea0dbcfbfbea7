using Enforcement.Cases.Clocks;
using Microsoft.Extensions.Options;

namespace Enforcement.Tests.Procedure.Rules;

public sealed class WorkingCalendarTests
{
    private static WorkingCalendar Calendar() => new(Options.Create(new CalendarOptions
    {
        Years = [2026],
        Holidays = [new(2026, 10, 1), new(2026, 10, 2), new(2026, 10, 5), new(2026, 10, 6), new(2026, 10, 7)],
        MakeUpWorkdays = [new(2026, 10, 10)],
    }));

    [Test]
    public void Weekends_do_not_count() =>
        // Friday 27 November + 5 working days = Friday 4 December.
        Assert.That(Calendar().AddWorkingDays(new DateOnly(2026, 11, 27), 5), Is.EqualTo(new DateOnly(2026, 12, 4)));

    [Test]
    public void Holidays_do_not_count_and_make_up_days_do() =>
        // From Wed 30 Sep: Oct 1–7 are holidays or weekend; Thu 8, Fri 9, Sat 10 (make-up) are the first three.
        Assert.That(Calendar().AddWorkingDays(new DateOnly(2026, 9, 30), 3), Is.EqualTo(new DateOnly(2026, 10, 10)));

    [Test]
    public void A_day_limit_ends_at_local_midnight_of_its_last_day()
    {
        var deadlines = new Deadlines(Calendar());
        var filedAt = new DateTime(2026, 11, 27, 1, 0, 0, DateTimeKind.Utc);   // 09:00 Beijing time
        Assert.That(deadlines.Due(filedAt, ClockBasis.CalendarDays, 90),
            Is.EqualTo(new DateTime(2027, 2, 25, 16, 0, 0, DateTimeKind.Utc)));   // 24:00 on 25 Feb 2027, Beijing time
    }

    [Test]
    public void The_calendar_knows_which_years_were_entered() =>
        Assert.That((Calendar().Knows(2026), Calendar().Knows(2027)), Is.EqualTo((true, false)));
}
