using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>A repeat offence or serious harm puts the case in the heavier band of the default benchmark.</summary>
public sealed class AggravationRule : IDiscretionRule
{
    public DiscretionOutcome? Decide(EnforcementItem item, OffenceFacts facts) =>
        facts.Repeat || facts.Harm == Harm.Serious
            ? new DiscretionOutcome(DiscretionBand.Heavier, StatutoryBands.Part(item, facts.Party, DiscretionBand.Heavier),
                $"{(facts.Repeat ? "再次违法或拒不改正" : "危害后果严重")}，从重处罚。{StatutoryBands.AmountNote(item)}", Mandatory: false)
            : null;
}
