using Enforcement.Shared.Catalogue;

namespace Enforcement.Cases.Procedure.Rules;

/// <summary>The penalties the system decides: a warning, a fine, or no penalty (不予行政处罚, 第57条第一款第（二）项).</summary>
internal static class Penalties
{
    public const string Warning = "warning";
    public const string Fine = "fine";
    public const string None = "no-penalty";

    public static bool IsKnown(string? kind) => kind is Warning or Fine or None;

    public static string Describe(string kind, decimal? amount) => kind switch
    {
        Warning => "警告",
        Fine => $"罚款人民币 {amount:0.##} 元",
        _ => "不予行政处罚",
    };

    /// <summary>Orders penalties by weight, so "heavier" can be compared (第45条).</summary>
    public static (int Rank, decimal Amount) Weight(string kind, decimal? amount) => kind switch
    {
        None => (0, 0),
        Warning => (1, 0),
        _ => (2, amount ?? 0),
    };

    public static PartyKind Party(string partyKind) =>
        partyKind == "organisation" ? PartyKind.Organisation : PartyKind.Individual;
}
