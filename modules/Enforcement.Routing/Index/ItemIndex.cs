using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace Enforcement.Routing.Index;

/// <summary>
/// An in-memory Lucene index with one document per item, scored with BM25. Fields carry different
/// weight: an item's keywords and learned texts are the strongest evidence, its name and field next,
/// its context words the weakest.
/// </summary>
internal sealed class ItemIndex : IDisposable
{
    private const string CodeField = "code";

    private static readonly (string Name, float Boost)[] Fields =
    [
        ("keywords", 1.6f), ("learned", 1.6f), ("name", 1.0f), ("field", 1.0f), ("context", 0.5f),
    ];

    /// <summary>
    /// Keyword lists are bags of synonyms, not prose: a long list must not dilute each of its words
    /// much, so length normalisation is weaker than Lucene's default (b = 0.75).
    /// </summary>
    private static BM25Similarity Similarity() => new(k1: 1.2f, b: 0.3f);

    /// <summary>A one-character word (SmartCn's fallback for words it does not know) is weak evidence.</summary>
    private const float SingleCharacterBoost = 0.3f;

    private readonly Analyzer _analyzer;
    private readonly RAMDirectory _directory = new();
    private readonly IndexWriter _writer;
    private readonly System.Threading.Lock _writeLock = new();
    private readonly SearcherManager _searchers;

    public ItemIndex(Analyzer analyzer, IEnumerable<ItemDocument> items)
    {
        _analyzer = analyzer;
        _writer = new IndexWriter(_directory, new IndexWriterConfig(ChineseText.Version, analyzer) { Similarity = Similarity() });
        foreach (var item in items) _writer.AddDocument(ToDocument(item));
        _writer.Commit();
        _searchers = new SearcherManager(_writer, applyAllDeletes: true, new Bm25SearcherFactory());
    }

    /// <summary>Replaces an item's document, e.g. after it learned a new text.</summary>
    public void Update(ItemDocument item)
    {
        lock (_writeLock)
        {
            _writer.UpdateDocument(new Term(CodeField, item.Item.Code), ToDocument(item));
            _writer.Commit();
            _searchers.MaybeRefreshBlocking();
        }
    }

    /// <summary>Items by BM25 score for the given query tokens, best first.</summary>
    public IReadOnlyList<(string Code, double Score)> Search(IReadOnlyCollection<string> tokens, int top)
    {
        if (tokens.Count == 0) return [];
        var query = new BooleanQuery();
        foreach (var token in tokens.Distinct())
        {
            var weight = token.Length == 1 ? SingleCharacterBoost : 1f;
            foreach (var (name, boost) in Fields)
                query.Add(new TermQuery(new Term(name, token)) { Boost = boost * weight }, Occur.SHOULD);
        }
        var searcher = _searchers.Acquire();
        try
        {
            return searcher.Search(query, top).ScoreDocs
                .Select(d => (searcher.Doc(d.Doc).Get(CodeField), (double)d.Score))
                .ToList();
        }
        finally
        {
            _searchers.Release(searcher);
        }
    }

    private static Document ToDocument(ItemDocument item) =>
    [
        new StringField(CodeField, item.Item.Code, Field.Store.YES),
        new TextField("name", item.Item.Name, Field.Store.NO),
        new TextField("field", item.Item.Field, Field.Store.NO),
        new TextField("keywords", item.KeywordText, Field.Store.NO),
        new TextField("context", item.ContextText, Field.Store.NO),
        new TextField("learned", string.Join("\n", item.LearnedTexts), Field.Store.NO),
    ];

    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private sealed class Bm25SearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = Similarity() };
    }
}
