using Enforcement.Routing.Learning;
using Enforcement.Routing.Persistence;
using Enforcement.Shared.Modules;
using Lucene.Net.Analysis;

namespace Enforcement.Routing.Index;

/// <summary>
/// The routing model of this process: the full-text index of every loaded item and the learned
/// corrections. Built once, on first use, from the loaded modules and the stored corrections; a new
/// correction updates it in place.
/// </summary>
internal sealed class RoutingModel(ILoadedModules modules) : IDisposable
{
    private readonly Analyzer _analyzer = ChineseText.CreateAnalyzer();
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly HashSet<Guid> _learnedIds = [];
    private readonly LearnedMemory _memory = new();
    private Dictionary<string, ItemDocument> _items = new(StringComparer.Ordinal);
    private ItemIndex? _index;

    public bool IsReady => _index is not null;

    public int LearnedCount => _memory.Count;

    public async Task EnsureReadyAsync(Func<CancellationToken, Task<IReadOnlyList<LearnedRoute>>> loadLearned, CancellationToken ct)
    {
        if (IsReady) return;
        await _building.WaitAsync(ct);
        try
        {
            if (IsReady) return;
            _items = modules.All
                .SelectMany(m => m.Items.Select(i => new ItemDocument(i, m.Key)))
                .ToDictionary(d => d.Item.Code, StringComparer.Ordinal);
            foreach (var route in await loadLearned(ct)) Remember(route);
            _index = new ItemIndex(_analyzer, _items.Values);
        }
        finally
        {
            _building.Release();
        }
    }

    public IReadOnlyList<string> Tokens(string text) => ChineseText.Tokens(_analyzer, text);

    public ItemDocument? Item(string code) => _items.GetValueOrDefault(code);

    public IReadOnlyList<(string Code, double Score)> Search(IReadOnlyList<string> tokens, int top = 20) =>
        _index?.Search(tokens, top) ?? [];

    public IReadOnlyDictionary<string, double> LearnedSimilarity(IReadOnlyList<string> tokens) => _memory.Similar(tokens);

    /// <summary>Takes in a dispatcher's decision. Before the model is built there is nothing to do: building reads the stored ones.</summary>
    public void Learn(LearnedRoute route)
    {
        if (!IsReady) return;
        lock (_learnedIds)
        {
            if (Remember(route)) _index!.Update(_items[route.ChosenItemCode]);
        }
    }

    private bool Remember(LearnedRoute route)
    {
        if (!_items.TryGetValue(route.ChosenItemCode, out var item) || !_learnedIds.Add(route.Id)) return false;
        item.LearnedTexts.Add(route.Text);
        _memory.Add(Tokens(route.Text), route.ChosenItemCode);
        return true;
    }

    public void Dispose()
    {
        _index?.Dispose();
        _analyzer.Dispose();
        _building.Dispose();
    }
}
