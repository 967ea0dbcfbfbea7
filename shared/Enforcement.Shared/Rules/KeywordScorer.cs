namespace Enforcement.Shared.Rules;

/// <summary>
/// Scores a complaint against a keyword rule, from 0 (no match) to 1. Longer keyword hits count more,
/// because a long phrase (露天烧烤) is stronger evidence than a short one (烧烤).
/// </summary>
public static class KeywordScorer
{
    public static double Score(KeywordRule rule, string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        if (rule.Excludes.Any(text.Contains)) return 0;
        var hits = rule.Keywords.Where(text.Contains).ToList();
        if (hits.Count == 0) return 0;

        var keywordStrength = hits.Sum(h => Math.Min(h.Length, 4)) / 4.0;     // one 4-char hit = 1
        var contextHits = rule.Context.Count(text.Contains);
        var raw = keywordStrength + 0.5 * contextHits;
        return Math.Round(raw / (raw + 1.0), 4);                               // squash into (0, 1)
    }
}
