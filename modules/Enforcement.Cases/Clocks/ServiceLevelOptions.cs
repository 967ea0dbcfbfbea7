namespace Enforcement.Cases.Clocks;

/// <summary>
/// The brigade's service commitments (服务承诺), from configuration section
/// <c>Enforcement:ServiceLevels</c>. The defaults are the pilot's published commitments; they are the
/// brigade's own rules, not statutory limits.
/// </summary>
public sealed class ServiceLevelOptions
{
    public TimeSpan Arrival { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan Result { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan MajorOpinion { get; set; } = TimeSpan.FromDays(1);
    public TimeSpan MajorResult { get; set; } = TimeSpan.FromDays(15);
}
