namespace Enforcement.Shared.Catalogue;

/// <summary>A fine band in yuan, both ends inclusive, as the cited article states it.</summary>
public sealed record FineBand(decimal Min, decimal Max)
{
    public bool Contains(decimal amount) => amount >= Min && amount <= Max;
}

/// <summary>
/// The penalty an item's penalty article sets. <see cref="Wording"/> is the article's own words for
/// the penalty. Amounts are stated only where the cited article states them: where it leaves them to
/// a local rule, <see cref="LocalRule"/> names that rule and <see cref="Fine"/> stays null.
/// </summary>
public sealed record PenaltyRange(string Wording)
{
    /// <summary>The fine band for every party, or for individuals when an organisation band is set.</summary>
    public FineBand? Fine { get; init; }

    /// <summary>Set where the article gives organisations (单位) a band of their own.</summary>
    public FineBand? OrganisationFine { get; init; }

    /// <summary>The local rule that sets the amount (地方性法规/规章), where the national text sets none.</summary>
    public string? LocalRule { get; init; }

    public bool AmountsSetLocally => LocalRule is not null;

    public FineBand? BandFor(PartyKind party) =>
        party == PartyKind.Organisation && OrganisationFine is not null ? OrganisationFine : Fine;
}

public enum PartyKind
{
    /// <summary>公民 — a natural person.</summary>
    Individual,

    /// <summary>法人或其他组织.</summary>
    Organisation,
}
