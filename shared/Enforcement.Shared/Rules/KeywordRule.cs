namespace Enforcement.Shared.Rules;

/// <summary>
/// 匹配规则 — ties a complaint's text to an item. A complaint matches when it mentions any of
/// <see cref="Keywords"/> (the item's own words and their colloquial synonyms). <see cref="Context"/>
/// words raise confidence; <see cref="Excludes"/> words veto the match (e.g. 烧烤 smoke indoors is
/// 油烟, not 露天烧烤).
/// </summary>
public sealed record KeywordRule(IReadOnlyList<string> Keywords)
{
    public IReadOnlyList<string> Context { get; init; } = [];
    public IReadOnlyList<string> Excludes { get; init; } = [];
}
