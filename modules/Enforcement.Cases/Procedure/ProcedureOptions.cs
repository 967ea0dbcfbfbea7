namespace Enforcement.Cases.Procedure;

/// <summary>
/// Figures of the penalty procedure that differ by locality (configuration section <c>Enforcement:Procedure</c>).
/// The defaults are this system's placeholders, not law: each locality sets them from its own rules, and the
/// <c>…Source</c> texts say so wherever the figure is shown.
/// </summary>
public sealed class ProcedureOptions
{
    /// <summary>
    /// 较大数额罚款 (行政处罚法 第63条第一款第（一）项) for individuals, in yuan: a proposed fine at or above it gives
    /// the party the right to a hearing. Provinces set the figure.
    /// </summary>
    public decimal HearingThresholdIndividual { get; set; } = 10_000m;

    /// <summary>The same for organisations (法人或者其他组织).</summary>
    public decimal HearingThresholdOrganisation { get; set; } = 100_000m;

    public string HearingThresholdSource { get; set; } =
        "本系统默认值（公民 1 万元、法人或其他组织 10 万元），须按本省（区、市）关于“较大数额罚款”的规定配置";

    /// <summary>Working days the party has to state and defend after the prior notice; the law sets no figure.</summary>
    public int StatementWorkingDays { get; set; } = 3;

    public string StatementSource { get; set; } = "本系统默认 3 个工作日（法律未规定天数），须按本地规定配置";

    /// <summary>A fine at or above this (yuan) needs legal review (法制审核) besides 第58条's cases; null when the locality sets none.</summary>
    public decimal? LegalReviewThreshold { get; set; }

    /// <summary>The short name in decision numbers, e.g. 南苑综执罚决字〔2026〕第 0001 号.</summary>
    public string DecisionNumberPrefix { get; set; } = "综执罚决字";
}
