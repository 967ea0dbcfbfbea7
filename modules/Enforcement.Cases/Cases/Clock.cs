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
    public DateTime StartedAt { get; set; }
    public DateTime DueAt { get; set; }
    public DateTime? StoppedAt { get; set; }
    /// <summary>Why the clock stopped without its goal being met, e.g. superseded by the major-case clocks.</summary>
    public string? StopNote { get; set; }
    /// <summary>When the overdue was detected; set once, so <c>CaseOverdue</c> goes out once.</summary>
    public DateTime? OverdueAt { get; set; }
}
