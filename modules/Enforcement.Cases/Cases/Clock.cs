namespace Enforcement.Cases.Cases;

/// <summary>
/// One deadline running on a case: when it started, when it is due, when it stopped, and whether it
/// ran out. <see cref="Source"/> names the rule that sets it.
/// </summary>
internal sealed class Clock
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public string Kind { get; set; } = "";
    public string Name { get; set; } = "";
    public string Source { get; set; } = "";
    /// <summary>How it counts: <c>duration</c>, <c>calendar-days</c> or <c>working-days</c> (see ClockBasis).</summary>
    public string Basis { get; set; } = "duration";
    /// <summary>Minutes for a duration clock, days otherwise, before any extension.</summary>
    public int Length { get; set; }
    /// <summary>The party's period rather than the brigade's deadline: running out is not "overdue".</summary>
    public bool IsWindow { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? StoppedAt { get; set; }
    /// <summary>Why the clock stopped without its goal being met, e.g. superseded by the major-case clocks.</summary>
    public string? StopNote { get; set; }
    /// <summary>When the overdue was detected; set once, so <c>CaseOverdue</c> goes out once.</summary>
    public DateTime? OverdueAt { get; set; }
    /// <summary>While paused the clock does not run out; resuming moves the due time by the pause.</summary>
    public DateTime? PausedAt { get; set; }
    public string? PauseReason { get; set; }
    /// <summary>Units (of <see cref="Basis"/>) added by recorded extensions.</summary>
    public int ExtendedBy { get; set; }
    public string? ExtensionReason { get; set; }
}
