using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>
/// 行政处罚法 第三十三条第一款 (first sentence): minor, promptly corrected, no harm — no penalty.
/// A repeat offence is not taken as 轻微 (the facts have no separate "minor" flag), so it does not qualify.
/// </summary>
public sealed class MinorCorrectedNoHarmRule : IDiscretionRule
{
    public DiscretionOutcome? Decide(EnforcementItem item, OffenceFacts facts) =>
        facts.Harm == Harm.None && facts.CorrectedPromptly && !facts.Repeat
            ? new DiscretionOutcome(DiscretionBand.NoPenalty, null,
                "违法行为轻微并及时改正，没有造成危害后果，不予行政处罚（《行政处罚法》第三十三条第一款）；依法不予行政处罚的，应当对当事人进行教育（第三十三条第三款）", Mandatory: true)
            : null;
}
