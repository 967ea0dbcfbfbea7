using Enforcement.Shared.Catalogue;

namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// The penalty must be one the item's penalty article provides, and a fine must lie within the article's range
/// for the party (处罚法定, 行政处罚法 第4条). Where the article leaves the amount to a local rule or to a multiple
/// of a sum, the system cannot check the figure: <see cref="Outcome.Unchecked"/> then asks for legal review.
/// </summary>
internal static class StatutoryRangeRule
{
    public sealed record Outcome(string? Problem, bool Unchecked);

    public static Outcome Check(PenaltyRange penalty, string penaltyCitation, PartyKind party, string kind, decimal? amount)
    {
        if (kind == Penalties.None) return new(null, false);
        if (kind == Penalties.Warning)
            return penalty.Wording.Contains("警告")
                ? new(null, false)
                : new($"{penaltyCitation}未规定警告，不能给予警告处罚", false);
        if (amount is not > 0) return new("罚款须填写大于零的金额", false);
        if (!penalty.Wording.Contains("罚款")) return new($"{penaltyCitation}未规定罚款，不能处以罚款", false);
        var band = penalty.BandFor(party);
        if (band is null) return new(null, true);
        return band.Contains(amount.Value)
            ? new(null, false)
            : new($"罚款 {amount:0.##} 元超出法定幅度 {band.Min:0.##}–{band.Max:0.##} 元（{penaltyCitation}）", false);
    }
}
