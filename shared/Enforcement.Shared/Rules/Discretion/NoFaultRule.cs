using Enforcement.Shared.Catalogue;

namespace Enforcement.Shared.Rules.Discretion;

/// <summary>行政处罚法 第三十三条第二款: proof of no subjective fault — no penalty.</summary>
public sealed class NoFaultRule : IDiscretionRule
{
    public DiscretionOutcome? Decide(EnforcementItem item, OffenceFacts facts) => facts.NoFault
        ? new DiscretionOutcome(DiscretionBand.NoPenalty, null,
            "当事人有证据足以证明没有主观过错，不予行政处罚（《行政处罚法》第三十三条第二款；法律、行政法规另有规定的从其规定）；依法不予行政处罚的，应当对当事人进行教育（第三十三条第三款）", Mandatory: true)
        : null;
}
