using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>
/// 自由裁量基准 — runs the rules in order of legal force (no penalty by statute, then the statutory
/// mitigation, then the benchmark's bands); the first rule that decides wins.
/// </summary>
public static class DiscretionBenchmark
{
    public static readonly IReadOnlyList<IDiscretionRule> Rules =
    [
        new NoFaultRule(),
        new MinorCorrectedNoHarmRule(),
        new FirstOffenceRule(),
        new MitigationRule(),
        new AggravationRule(),
        new LighterRule(),
    ];

    public static DiscretionOutcome Decide(EnforcementItem item, OffenceFacts facts) =>
        Rules.Select(r => r.Decide(item, facts)).FirstOrDefault(o => o is not null)
        ?? new DiscretionOutcome(DiscretionBand.Ordinary, StatutoryBands.Part(item, facts.Party, DiscretionBand.Ordinary),
            $"无从轻、从重情节，在一般档内处罚。{StatutoryBands.AmountNote(item)}", Mandatory: false);
}
