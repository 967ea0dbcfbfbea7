using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>A first offence promptly corrected, with no more than slight harm, falls in the lighter band.</summary>
public sealed class LighterRule : IDiscretionRule
{
    public DiscretionOutcome? Decide(EnforcementItem item, OffenceFacts facts) =>
        facts.FirstOffence && !facts.Repeat && facts.CorrectedPromptly && facts.Harm <= Harm.Slight
            ? new DiscretionOutcome(DiscretionBand.Lighter, StatutoryBands.Part(item, facts.Party, DiscretionBand.Lighter),
                $"初次违法、及时改正、危害后果轻微，从轻处罚。{StatutoryBands.AmountNote(item)}", Mandatory: false)
            : null;
}
