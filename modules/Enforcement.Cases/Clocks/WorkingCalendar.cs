using Enforcement.Shared.Infrastructure;
using Microsoft.Extensions.Options;

namespace Enforcement.Cases.Clocks;

/// <summary>
/// Counts working days (工作日, 行政处罚法 第85条): Monday to Friday, less public holidays, plus make-up working
/// days, from <see cref="CalendarOptions"/>.
/// </summary>
[ModuleService]
internal sealed class WorkingCalendar(IOptions<CalendarOptions> options)
{
    private readonly HashSet<DateOnly> _holidays = [.. options.Value.Holidays];
    private readonly HashSet<DateOnly> _makeUp = [.. options.Value.MakeUpWorkdays];
    private readonly HashSet<int> _years = [.. options.Value.Years];

    public bool IsWorkingDay(DateOnly day) =>
        _makeUp.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="from"/> (the start day is not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) counted++;
        }
        return day;
    }

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
            if (IsWorkingDay(day)) count++;
        return count;
    }

    /// <summary>Whether the holidays of <paramref name="year"/> were entered; when not, only weekends count as rest days.</summary>
    public bool Knows(int year) => _years.Contains(year);
}
