using Enforcement.Shared.Catalogue;

namespace Enforcement.Routing.Index;

/// <summary>What the index knows of one item: its own words, and what dispatchers taught it.</summary>
internal sealed record ItemDocument(EnforcementItem Item, string DepartmentKey)
{
    public List<string> LearnedTexts { get; } = [];

    // Department modules write keywords as colloquial phrases; the analyzer splits them into words.
    public string KeywordText => string.Join(" ", Item.Matching.Keywords);

    public string ContextText => string.Join(" ", Item.Matching.Context);
}
