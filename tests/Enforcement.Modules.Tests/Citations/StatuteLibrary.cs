using System.Text.RegularExpressions;
using Enforcement.Shared.Catalogue;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Citations;

/// <summary>项 — one clause of a paragraph, marked (一) or （一） in the text.</summary>
public sealed record StatuteClause(int Number, string Text);

/// <summary>款 — one paragraph of an article: its lead text and the clauses listed under it.</summary>
public sealed record StatuteParagraph(int Number, string Lead, IReadOnlyList<StatuteClause> Clauses)
{
    /// <summary>The lead and all its clauses: where a paragraph's penalty is read from.</summary>
    public string Text => string.Join("\n", Clauses.Select(c => c.Text).Prepend(Lead));

    public StatuteClause? Clause(int number) => Clauses.FirstOrDefault(c => c.Number == number);
}

/// <summary>条 — one article and its paragraphs.</summary>
public sealed record StatuteArticle(int Number, IReadOnlyList<StatuteParagraph> Paragraphs)
{
    public string Text => string.Join("\n", Paragraphs.Select(p => p.Text));

    public string Cite => $"第{ChineseNumber.Format(Number)}条";

    public StatuteParagraph? Paragraph(int number) =>
        number >= 1 && number <= Paragraphs.Count ? Paragraphs[number - 1] : null;
}

/// <summary>A provision a <see cref="LegalBasis"/> points at, found in the statute.</summary>
public sealed record Provision(Statute Statute, StatuteArticle Article, StatuteParagraph? Paragraph, StatuteClause? Clause)
{
    /// <summary>The text a penalty is read from: the cited paragraph (lead and clauses), else the whole article.</summary>
    public string PenaltyText => Paragraph?.Text ?? Article.Text;
}

/// <summary>One statute parsed from its markdown file.</summary>
public sealed partial class Statute
{
    public Statute(string name, string filePath, IReadOnlyList<StatuteArticle> articles)
    {
        Name = name;
        FilePath = filePath;
        Articles = articles;
    }

    /// <summary>The short name, as <see cref="LegalBasis.Law"/> gives it: 大气污染防治法.</summary>
    public string Name { get; }

    public string FilePath { get; }

    public IReadOnlyList<StatuteArticle> Articles { get; }

    public StatuteArticle? Article(int number) => Articles.FirstOrDefault(a => a.Number == number);

    /// <summary>
    /// Finds the article, paragraph and clause a basis cites. <paramref name="problem"/> says what is
    /// missing, in the words a data author needs to fix the citation.
    /// </summary>
    public Provision? Resolve(LegalBasis basis, out string? problem)
    {
        problem = null;
        var article = Article(basis.Article);
        if (article is null)
        {
            var last = Articles.Count == 0 ? "none" : Articles[^1].Cite + $" ({Articles[^1].Number})";
            problem = $"《{Name}》 has no 第{Format(basis.Article)}条 (article {basis.Article}); its last article is {last}";
            return null;
        }

        StatuteParagraph? paragraph = null;
        if (basis.Paragraph is { } p)
        {
            paragraph = article.Paragraph(p);
            if (paragraph is null)
            {
                problem = $"《{Name}》{article.Cite} has {article.Paragraphs.Count} paragraph(s) (款); there is no 第{Format(p)}款 (paragraph {p})";
                return null;
            }
        }

        StatuteClause? clause = null;
        if (basis.Clause is { } c)
        {
            var holder = paragraph;
            if (holder is null)
            {
                // 第X条第（二）项 without a paragraph: the article's one list of clauses.
                var lists = article.Paragraphs.Where(x => x.Clauses.Count > 0).ToList();
                if (lists.Count > 1)
                {
                    problem = $"《{Name}》{article.Cite} lists clauses in paragraphs {string.Join(", ", lists.Select(x => x.Number))}; " +
                              $"clause {c} needs its paragraph (款) stated";
                    return null;
                }
                holder = lists.FirstOrDefault();
            }
            clause = holder?.Clause(c);
            if (clause is null)
            {
                var where = holder is null ? article.Cite : $"{article.Cite}第{ChineseNumber.Format(holder.Number)}款";
                var count = holder?.Clauses.Count ?? 0;
                problem = $"《{Name}》{where} has {count} clause(s) (项); there is no 第（{Format(c)}）项 (clause {c})";
                return null;
            }
        }

        return new Provision(this, article, paragraph, clause);
    }

    private static string Format(int n) => n is >= 1 and <= 9999 ? ChineseNumber.Format(n) : n.ToString();

    [GeneratedRegex(@"^第(?<n>[零〇一二两三四五六七八九十百千]+)条[ \u3000](?<rest>.*)$")]
    private static partial Regex ArticleLine();

    [GeneratedRegex(@"^[（(](?<n>[零〇一二两三四五六七八九十百]+)[）)]")]
    private static partial Regex ClauseStart();

    /// <summary>
    /// Parses statute markdown. An article starts at a line "第…条 " and runs to the next article or
    /// heading. Its blank-line-separated blocks are paragraphs, except that a block opening with (一) or
    /// （一） is a clause of the paragraph before it.
    /// </summary>
    public static Statute Parse(string name, string markdown, string filePath = "")
    {
        var articles = new List<StatuteArticle>();
        int? number = null;
        var blocks = new List<string>();
        var block = new List<string>();

        void EndBlock()
        {
            if (block.Count > 0) blocks.Add(string.Join("\n", block));
            block.Clear();
        }

        void EndArticle()
        {
            EndBlock();
            if (number is { } n) articles.Add(new StatuteArticle(n, Paragraphs(blocks)));
            number = null;
            blocks.Clear();
        }

        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.TrimEnd();
            var article = ArticleLine().Match(line);
            if (article.Success)
            {
                EndArticle();
                number = ChineseNumber.ParseInt(article.Groups["n"].Value);
                block.Add(article.Groups["rest"].Value.Trim());
            }
            else if (line.StartsWith('#') || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                EndArticle();
            }
            else if (line.Trim().Length == 0)
            {
                EndBlock();
            }
            else if (number is not null)
            {
                block.Add(line.Trim());
            }
        }
        EndArticle();
        return new Statute(name, filePath, articles);
    }

    private static List<StatuteParagraph> Paragraphs(List<string> blocks)
    {
        var paragraphs = new List<StatuteParagraph>();
        string? lead = null;
        var clauses = new List<StatuteClause>();

        foreach (var text in blocks)
        {
            var clause = ClauseStart().Match(text);
            if (clause.Success && lead is not null)
            {
                clauses.Add(new StatuteClause(ChineseNumber.ParseInt(clause.Groups["n"].Value), text));
                continue;
            }
            if (lead is not null) paragraphs.Add(new StatuteParagraph(paragraphs.Count + 1, lead, clauses.ToList()));
            lead = text;
            clauses.Clear();
        }
        if (lead is not null) paragraphs.Add(new StatuteParagraph(paragraphs.Count + 1, lead, clauses.ToList()));
        return paragraphs;
    }
}

/// <summary>
/// The statute texts in <c>../shared/reference/statutes</c>, files named <c>&lt;short name&gt;(&lt;date&gt;).md</c>.
/// Loaded lazily and cached.
/// </summary>
public sealed class StatuteLibrary
{
    private static readonly Lazy<StatuteLibrary> Shared = new(() => new StatuteLibrary(FindStatutesDirectory()));
    private readonly Dictionary<string, Statute?> _cache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public StatuteLibrary(string directory)
    {
        if (!System.IO.Directory.Exists(directory)) throw new DirectoryNotFoundException($"no statute directory at {directory}");
        Directory = directory;
    }

    /// <summary>The library beside the checkout, found from the test directory.</summary>
    public static StatuteLibrary Default => Shared.Value;

    public string Directory { get; }

    /// <summary>Short names of every statute in the library.</summary>
    public IReadOnlyList<string> Laws =>
        System.IO.Directory.GetFiles(Directory, "*.md")
            .Select(f => ShortName(Path.GetFileName(f)))
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToList();

    /// <summary>The statute with this short name, or null when no file <c>name(date).md</c> exists.</summary>
    public Statute? Find(string law)
    {
        lock (_gate)
        {
            if (_cache.TryGetValue(law, out var cached)) return cached;
            var files = System.IO.Directory.GetFiles(Directory, "*.md")
                .Where(f => ShortName(Path.GetFileName(f)) == law)
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
            if (files.Count > 1)
                throw new InvalidOperationException($"several texts of 《{law}》 in {Directory}: {string.Join(", ", files.Select(Path.GetFileName))}");
            var statute = files.Count == 0 ? null : Statute.Parse(law, File.ReadAllText(files[0]), files[0]);
            _cache[law] = statute;
            return statute;
        }
    }

    public Statute Load(string law) =>
        Find(law) ?? throw new FileNotFoundException($"no text of 《{law}》 in {Directory} (expected a file '{law}(<date>).md')");

    /// <summary>大气污染防治法(2018-10-26).md → 大气污染防治法.</summary>
    public static string ShortName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var open = stem.LastIndexOf('(');
        return open > 0 && stem.EndsWith(')') ? stem[..open] : stem;
    }

    /// <summary>
    /// Walks up from the test directory to the folder whose sibling <c>shared</c> holds
    /// <c>reference/statutes</c>: the checkout, with <c>shared/</c> beside it.
    /// </summary>
    public static string FindStatutesDirectory(string? start = null)
    {
        start ??= TestContext.CurrentContext?.TestDirectory ?? AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "reference", "statutes"));
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException(
            $"no ../shared/reference/statutes above {start}; the shared folder must sit beside the checkout");
    }
}
