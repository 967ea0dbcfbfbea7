using Enforcement.Routing.Index;
using Enforcement.Shared.Messages.Triage;

namespace Enforcement.Routing.Ranking;

/// <summary>Combines the modules' keyword suggestions, the full-text index and the learned corrections into one ranking.</summary>
internal static class Ranker
{
    public const int MaxRanked = 10;

    /// <summary>Below this strength a candidate the modules did not suggest is noise.</summary>
    public const double MinimumNewStrength = 0.35;

    /// <summary>BM25 scores of this size are taken as a solid match (half strength).</summary>
    private const double FullTextScale = 6.0;

    public static IReadOnlyList<Evidence> Weigh(RoutingModel model, string text, IReadOnlyList<ItemSuggestion> moduleSuggestions)
    {
        var tokens = model.Tokens(Colloquial.ForSearch(text));
        var hits = model.Search(tokens);
        var best = hits.Count == 0 ? 0 : hits[0].Score;
        var absolute = best / (best + FullTextScale);
        var fullText = hits.ToDictionary(h => h.Code, h => h.Score / best * absolute, StringComparer.Ordinal);
        var learned = model.LearnedSimilarity(tokens);
        var keyword = moduleSuggestions.GroupBy(s => s.ItemCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Max(s => s.Score), StringComparer.Ordinal);

        var departments = moduleSuggestions.GroupBy(s => s.ItemCode, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Department, StringComparer.Ordinal);
        var candidates = keyword.Keys.Union(fullText.Keys).Union(learned.Keys)
            .Select(code => new Evidence(code, departments.GetValueOrDefault(code) ?? model.Item(code)?.DepartmentKey,
                keyword.GetValueOrDefault(code), fullText.GetValueOrDefault(code), learned.GetValueOrDefault(code)))
            .Where(e => keyword.ContainsKey(e.ItemCode) || e.Direct >= MinimumNewStrength)
            .ToList();
        return WithDepartmentSupport(candidates)
            .OrderByDescending(e => e.Strength).ThenBy(e => e.ItemCode, StringComparer.Ordinal)
            .ToList();
    }

    private static IEnumerable<Evidence> WithDepartmentSupport(IReadOnlyList<Evidence> candidates)
    {
        var byDepartment = candidates.Where(e => e.Department is not null).ToLookup(e => e.Department);
        return candidates.Select(e => e.Department is null ? e : e with
        {
            Support = byDepartment[e.Department].Where(o => o.ItemCode != e.ItemCode)
                .Select(o => o.Direct).OrderDescending().Take(2).Sum(),
        });
    }

    public static IReadOnlyList<ItemSuggestion> Suggestions(RoutingModel model, IEnumerable<Evidence> ranked, IReadOnlyList<ItemSuggestion> moduleSuggestions)
    {
        var fromModules = moduleSuggestions.GroupBy(s => s.ItemCode, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First());
        var result = new List<ItemSuggestion>();
        foreach (var e in ranked)
        {
            if (fromModules.TryGetValue(e.ItemCode, out var s)) result.Add(s with { Score = e.Score });
            else if (model.Item(e.ItemCode) is { } doc)
                result.Add(new ItemSuggestion(doc.Item.Code, doc.Item.Name, doc.DepartmentKey, e.Score, doc.Item.PenaltyBasis));
            if (result.Count == MaxRanked) break;
        }
        return result;
    }
}
