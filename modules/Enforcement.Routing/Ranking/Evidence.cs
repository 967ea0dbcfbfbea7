namespace Enforcement.Routing.Ranking;

/// <summary>
/// The evidence that a complaint concerns an item, each part in [0, 1]: the module's own keyword
/// score, the full-text (BM25) score relative to the best and to an absolute scale, and the
/// similarity to a complaint a dispatcher routed to this item. <see cref="Support"/> is what the
/// department's other candidate items add: a complaint several of one department's items recall
/// most likely belongs to that department.
/// </summary>
internal sealed record Evidence(string ItemCode, string? Department, double Keyword, double FullText, double Learned)
{
    public const double KeywordWeight = 1.0;
    public const double FullTextWeight = 0.8;
    public const double LearnedWeight = 1.5;
    public const double SupportWeight = 0.2;

    public double Direct => KeywordWeight * Keyword + FullTextWeight * FullText + LearnedWeight * Learned;

    /// <summary>The direct evidence of the department's two next-best candidates, summed.</summary>
    public double Support { get; init; }

    public double Strength => Direct + SupportWeight * Support;

    /// <summary>
    /// The precise part of the evidence: a module's keyword hit or a learned correction, without the
    /// full-text index's looser word overlap. Only this can overrule a non-enforcement rule.
    /// </summary>
    public double Signal => KeywordWeight * Keyword + LearnedWeight * Learned;

    /// <summary>The strength squashed into (0, 1].</summary>
    public double Score => Math.Clamp(Math.Round(Strength / (Strength + 0.5), 4), 0.0001, 1.0);
}
