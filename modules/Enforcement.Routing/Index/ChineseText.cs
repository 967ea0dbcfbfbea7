using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace Enforcement.Routing.Index;

/// <summary>
/// Segments Chinese text with Lucene's SmartCn analyzer (a hidden-Markov-model segmenter with an
/// embedded dictionary), dropping punctuation and the filler words residents pad complaints with.
/// </summary>
internal static class ChineseText
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Filler words carry no evidence about which item a complaint concerns.
    private static readonly string[] Fillers =
    [
        "的", "了", "是", "在", "有", "我", "我们", "你", "你们", "他", "他们", "她", "它", "这", "那", "这个", "那个",
        "都", "也", "就", "还", "很", "太", "啊", "吗", "呢", "吧", "呀", "哦", "嘛", "一个", "什么", "怎么", "没", "不",
        "和", "跟", "与", "把", "被", "给", "让", "从", "到", "对", "又", "再", "才", "说", "看", "去", "来", "上", "下",
        "里", "请", "谢谢", "麻烦", "希望", "能", "要", "会", "已经", "一直", "现在", "天天", "每天", "人", "好", "大",
        "多", "得", "地", "着", "过", "个", "些", "家", "号", "路", "小区", "附近", "旁边", "门口", "楼", "栋", "单元",
    ];

    public static readonly CharArraySet StopWords = BuildStopWords();

    public static Analyzer CreateAnalyzer() => new SmartChineseAnalyzer(Version, StopWords);

    private static CharArraySet BuildStopWords()
    {
        var set = new CharArraySet(Version, SmartChineseAnalyzer.DefaultStopSet, ignoreCase: true);
        foreach (var w in Fillers) set.Add(w);
        return set.AsReadOnly();
    }

    /// <summary>The tokens of a text, in order, repeats kept.</summary>
    public static IReadOnlyList<string> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return tokens;
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken()) tokens.Add(term.ToString());
        stream.End();
        return tokens;
    }
}
