using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>
/// 行政处罚法 第三十二条第（一）项: the party removed or reduced the harm — lighter (or mitigated)
/// penalty. The article says 应当 and makes no exception for repeat offenders, so it outranks the
/// benchmark's own aggravation.
/// </summary>
public sealed class MitigationRule : IDiscretionRule
{
    public DiscretionOutcome? Decide(EnforcementItem item, OffenceFacts facts) =>
        facts.MitigatedHarm
            ? new DiscretionOutcome(DiscretionBand.Lighter, StatutoryBands.Part(item, facts.Party, DiscretionBand.Lighter),
                $"当事人主动消除或者减轻违法行为危害后果，应当从轻或者减轻行政处罚（《行政处罚法》第三十二条第（一）项）。{StatutoryBands.AmountNote(item)}",
                Mandatory: true)
            : null;
}
