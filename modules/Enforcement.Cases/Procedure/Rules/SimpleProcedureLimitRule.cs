using Enforcement.Shared.Catalogue;

namespace Enforcement.Cases.Procedure.Rules;

/// <summary>
/// 行政处罚法 第51条: on the spot only a warning, or a fine of at most 200 yuan for an individual and 3,000 yuan
/// for an organisation.
/// </summary>
internal static class SimpleProcedureLimitRule
{
    public const decimal IndividualLimit = 200m;
    public const decimal OrganisationLimit = 3_000m;

    public static string? Check(string kind, decimal? amount, PartyKind party)
    {
        if (kind == Penalties.Warning) return null;
        if (kind != Penalties.Fine) return "简易程序只能当场作出警告或者罚款决定（《行政处罚法》第五十一条）";
        var limit = party == PartyKind.Organisation ? OrganisationLimit : IndividualLimit;
        return amount > limit
            ? $"当场罚款不得超过{(party == PartyKind.Organisation ? "法人或者其他组织" : "公民")} {limit:0} 元（《行政处罚法》第五十一条），本案罚款 {amount:0.##} 元须适用普通程序"
            : null;
    }
}
