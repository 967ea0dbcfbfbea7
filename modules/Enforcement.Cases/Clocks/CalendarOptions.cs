namespace Enforcement.Cases.Clocks;

/// <summary>
/// The holiday calendar (configuration section <c>Enforcement:Calendar</c>). The State Council publishes each
/// year's public holidays and make-up working days (调休); they are configuration, entered per year, because no
/// list can be known in advance. <see cref="Years"/> names the years entered, so the system can warn when the
/// calendar for a year it counts in is missing (it then counts only weekends as non-working days).
/// </summary>
public sealed class CalendarOptions
{
    public List<int> Years { get; set; } = [];
    /// <summary>法定节假日 (放假日期).</summary>
    public List<DateOnly> Holidays { get; set; } = [];
    /// <summary>调休上班日: weekend days that are working days.</summary>
    public List<DateOnly> MakeUpWorkdays { get; set; } = [];
}
