namespace Enforcement.Routing.Learning;

/// <summary>
/// What dispatchers' corrections taught: each learned complaint as a set of words, with the item
/// chosen for it. A new complaint close to a learned one leans towards that item.
/// </summary>
internal sealed class LearnedMemory
{
    /// <summary>Below this word overlap two complaints are not "similar".</summary>
    public const double MinimumSimilarity = 0.3;

    private readonly List<(HashSet<string> Words, string ItemCode)> _examples = [];
    private readonly Lock _lock = new();

    public int Count
    {
        get { lock (_lock) return _examples.Count; }
    }

    public void Add(IEnumerable<string> words, string itemCode)
    {
        var set = words.ToHashSet(StringComparer.Ordinal);
        if (set.Count == 0) return;
        lock (_lock) _examples.Add((set, itemCode));
    }

    /// <summary>For each item, the best similarity (cosine over word sets) of a learned complaint to this one.</summary>
    public IReadOnlyDictionary<string, double> Similar(IEnumerable<string> words)
    {
        var query = words.ToHashSet(StringComparer.Ordinal);
        var best = new Dictionary<string, double>(StringComparer.Ordinal);
        if (query.Count == 0) return best;
        lock (_lock)
        {
            foreach (var (example, code) in _examples)
            {
                var shared = example.Count(query.Contains);
                if (shared == 0) continue;
                var similarity = shared / Math.Sqrt(example.Count * (double)query.Count);
                if (similarity < MinimumSimilarity) continue;
                best[code] = Math.Max(best.GetValueOrDefault(code), similarity);
            }
        }
        return best;
    }
}
