namespace Enforcement.Shared.Catalogue;

/// <summary>
/// 法律依据 — one provision: the short Chinese name of the law (e.g. 大气污染防治法), the article,
/// and where needed the paragraph (款) and clause (项).
/// </summary>
public sealed record LegalBasis(string Law, int Article, int? Paragraph = null, int? Clause = null)
{
    /// <summary>
    /// Set where the reference text is older than the law in force and the article must be checked
    /// against the current text before it is relied on (待核对现行文本).
    /// </summary>
    public string? CheckNote { get; init; }

    public override string ToString()
    {
        var text = $"《{Law}》第{ChineseNumerals.Format(Article)}条";
        if (Paragraph is { } p) text += $"第{ChineseNumerals.Format(p)}款";
        if (Clause is { } c) text += $"第（{ChineseNumerals.Format(c)}）项";
        return text;
    }
}
