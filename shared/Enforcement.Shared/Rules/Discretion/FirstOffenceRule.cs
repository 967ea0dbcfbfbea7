using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>
/// 首违不罚 — 行政处罚法 第三十三条第一款 (second sentence): a first offence with slight harm, promptly
/// corrected, may go unpunished, where the item is on the first-offence list.
/// </summary>
public sealed class FirstOffenceRule : IDiscretionRule
{
    public DiscretionOutcome? Decide(EnforcementItem item, OffenceFacts facts) =>
        item.FirstOffenceExemption && facts.FirstOffence && facts.Harm == Harm.Slight && facts.CorrectedPromptly && !facts.Repeat
            ? new DiscretionOutcome(DiscretionBand.NoPenalty, null,
                "初次违法且危害后果轻微并及时改正，可以不予行政处罚（首违不罚，《行政处罚法》第三十三条第一款）；依法不予行政处罚的，应当对当事人进行教育（第三十三条第三款）", Mandatory: false)
            : null;
}
