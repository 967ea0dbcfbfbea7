using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Primitives;

namespace Enforcement.Cases.Clocks;

/// <summary>
/// Turns a start and a clock spec into a due instant. Day limits run to the end of the last day in local time
/// (the start day itself is not counted), so "within 5 working days" ends at 24:00 of the fifth working day.
/// </summary>
[ModuleService]
internal sealed class Deadlines(WorkingCalendar calendar)
{
    public DateTime Due(DateTime startUtc, string basis, int length) => basis switch
    {
        ClockBasis.Duration => startUtc.AddMinutes(length),
        ClockBasis.CalendarDays => EndOfLocalDay(LocalDate(startUtc).AddDays(length)),
        ClockBasis.WorkingDays => EndOfLocalDay(calendar.AddWorkingDays(LocalDate(startUtc), length)),
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "unknown clock basis"),
    };

    /// <summary>Moves a due instant later by <paramref name="length"/> units of the clock's basis.</summary>
    public DateTime Extend(DateTime dueUtc, string basis, int length) => basis switch
    {
        ClockBasis.Duration => dueUtc.AddMinutes(length),
        // The due instant is 24:00 of the last day, i.e. the next day's start; count from the last day itself.
        ClockBasis.CalendarDays => EndOfLocalDay(LocalDate(dueUtc.AddTicks(-1)).AddDays(length)),
        ClockBasis.WorkingDays => EndOfLocalDay(calendar.AddWorkingDays(LocalDate(dueUtc.AddTicks(-1)), length)),
        _ => throw new ArgumentOutOfRangeException(nameof(basis), basis, "unknown clock basis"),
    };

    public int WorkingDaysBetween(DateOnly from, DateOnly to) => calendar.WorkingDaysBetween(from, to);

    public static DateOnly LocalDate(DateTime utc) => DateOnly.FromDateTime(utc + LocalDay.Offset);

    public static DateTime EndOfLocalDay(DateOnly day) =>
        DateTime.SpecifyKind(day.AddDays(1).ToDateTime(TimeOnly.MinValue) - LocalDay.Offset, DateTimeKind.Utc);
}
