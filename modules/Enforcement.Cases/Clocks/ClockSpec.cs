namespace Enforcement.Cases.Clocks;

/// <summary>How a clock counts: wall-clock time, calendar days, or working days from the holiday calendar.</summary>
internal static class ClockBasis
{
    /// <summary>A span of time (the brigade's 30-minute commitments).</summary>
    public const string Duration = "duration";
    /// <summary>自然日 — e.g. the 15- and 90-day limits of 行政处罚法.</summary>
    public const string CalendarDays = "calendar-days";
    /// <summary>工作日 — the law's 2-, 3-, 5- and 7-day limits (行政处罚法 第85条).</summary>
    public const string WorkingDays = "working-days";

    public static string Name(string basis) => basis switch
    {
        CalendarDays => "自然日",
        WorkingDays => "工作日",
        _ => "时长",
    };
}

/// <summary>
/// What one kind of clock is: its Chinese name, the rule it rests on, how it counts and how long it runs
/// (<see cref="Length"/> is minutes for a duration clock, days otherwise). A <see cref="Window"/> is the party's
/// period (to state a defence, ask for a hearing, pay): when it runs out nobody in the brigade is late.
/// </summary>
internal sealed record ClockSpec(string Kind, string Name, string Source, string Basis, int Length, bool Window);
