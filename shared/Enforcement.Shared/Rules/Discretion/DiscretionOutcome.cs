using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>The band a case falls in.</summary>
public enum DiscretionBand
{
    /// <summary>不予处罚.</summary>
    NoPenalty,
    /// <summary>从轻.</summary>
    Lighter,
    /// <summary>一般.</summary>
    Ordinary,
    /// <summary>从重.</summary>
    Heavier,
}

/// <summary>
/// Where the facts place a case: the band, the fine range within the statutory range (null where the
/// law sets no amount or no fine applies), and the reason, citing its basis, in Chinese.
/// </summary>
public sealed record DiscretionOutcome(DiscretionBand Band, FineBand? Fine, string Reason, bool Mandatory)
{
    public string BandName => Band switch
    {
        DiscretionBand.NoPenalty => "不予处罚",
        DiscretionBand.Lighter => "从轻",
        DiscretionBand.Ordinary => "一般",
        _ => "从重",
    };
}

/// <summary>One rule of the benchmark; returns null when it does not decide the case.</summary>
public interface IDiscretionRule
{
    DiscretionOutcome? Decide(EnforcementItem item, OffenceFacts facts);
}
