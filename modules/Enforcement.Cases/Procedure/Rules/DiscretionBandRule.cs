using Enforcement.Shared.Catalogue;

namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 自由裁量基准 (行政处罚法 第34条): a fine outside the band the benchmark gives for the facts needs a recorded
/// reason, and then legal review before the decision.
/// </summary>
internal static class DiscretionBandRule
{
    public sealed record Outcome(string? Problem, bool Deviates);

    public static Outcome Check(FineBand? band, string kind, decimal? amount, string? deviationReason)
    {
        if (kind != Penalties.Fine || band is null || amount is null || band.Contains(amount.Value)) return new(null, false);
        return string.IsNullOrWhiteSpace(deviationReason)
            ? new($"罚款 {amount:0.##} 元不在裁量基准区间 {band.Min:0.##}–{band.Max:0.##} 元内，须说明理由（deviationReason）并经法制审核", true)
            : new(null, true);
    }
}
