using Enforcement.Shared.Catalogue;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Citations;

/// <summary>The statute parser, the numeral and amount conversion the citation tests rest on.</summary>
[TestFixture]
public sealed class StatuteLibraryTests
{
    private static StatuteLibrary Library => StatuteLibrary.Default;

    // ---- numerals --------------------------------------------------------------------------------

    [TestCase("一", 1)]
    [TestCase("十", 10)]
    [TestCase("十九", 19)]
    [TestCase("二十", 20)]
    [TestCase("二十一", 21)]
    [TestCase("一百", 100)]
    [TestCase("一百零五", 105)]
    [TestCase("一百一十", 110)]
    [TestCase("一百一十八", 118)]
    [TestCase("一百二十", 120)]
    [TestCase("一百五十四", 154)]
    [TestCase("九百", 900)]
    [TestCase("一千零五", 1005)]
    [TestCase("一千零一十", 1010)]
    public void Article_numerals_convert_both_ways(string chinese, int number)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ChineseNumber.ParseInt(chinese), Is.EqualTo(number), $"parse {chinese}");
            Assert.That(ChineseNumber.Format(number), Is.EqualTo(chinese), $"format {number}");
        });
    }

    [Test]
    public void Format_and_parse_round_trip_for_every_article_number()
    {
        var broken = Enumerable.Range(1, 999).Where(n => ChineseNumber.ParseInt(ChineseNumber.Format(n)) != n).ToList();
        Assert.That(broken, Is.Empty, "numbers that do not survive Format then Parse");
    }

    [TestCase("两百", 200)]
    [TestCase("〇", 0)]
    [TestCase("二十五万", 250000)]
    [TestCase("一千万", 10000000)]
    [TestCase("一万五千", 15000)]
    [TestCase("5万", 50000)]
    [TestCase("0.5万", 5000)]
    [TestCase("１０００", 1000)]
    public void Numerals_parse_mixed_forms(string text, decimal expected) =>
        Assert.That(ChineseNumber.Parse(text), Is.EqualTo(expected));

    [TestCase("")]
    [TestCase("万")]
    [TestCase("条")]
    [TestCase("一二x")]
    public void Non_numerals_are_rejected(string text) =>
        Assert.That(ChineseNumber.TryParse(text, out _), Is.False, $"'{text}' is not a numeral");

    [TestCase(0)]
    [TestCase(10000)]
    public void Format_rejects_numbers_outside_1_to_9999(int n) =>
        Assert.That(() => ChineseNumber.Format(n), Throws.TypeOf<ArgumentOutOfRangeException>());

    [Test]
    public void The_libraries_formatter_agrees_with_the_shared_one_for_article_numbers()
    {
        var differ = Enumerable.Range(1, 999).Where(n => ChineseNumber.Format(n) != ChineseNumerals.Format(n))
            .Select(n => $"{n}: {ChineseNumber.Format(n)} vs {ChineseNumerals.Format(n)}").ToList();
        Assert.That(differ, Is.Empty);
    }

    // ---- amounts ---------------------------------------------------------------------------------

    [TestCase("五千元", 5000)]
    [TestCase("二十万元", 200000)]
    [TestCase("一万元", 10000)]
    [TestCase("五百元", 500)]
    [TestCase("一百万元", 1000000)]
    [TestCase("1000元", 1000)]
    [TestCase("2万元", 20000)]
    [TestCase("五十", 50)]
    public void Amounts_parse_into_yuan(string text, decimal yuan) =>
        Assert.That(ChineseAmount.ParseYuan(text), Is.EqualTo(yuan));

    [TestCase("元")]
    [TestCase("万元")]
    [TestCase("罚款")]
    public void Non_amounts_are_rejected(string text) =>
        Assert.That(() => ChineseAmount.ParseYuan(text), Throws.TypeOf<FormatException>());

    [TestCase("并处五百元以上二万元以下的罚款", 500, 20000)]
    [TestCase("处一万元以上十万元以下的罚款", 10000, 100000)]
    [TestCase("处2000元以上2万元以下的罚款", 2000, 20000)]
    [TestCase("处10万元以上50万元以下罚款", 100000, 500000)]
    [TestCase("可以处以2万元以下的罚款", 0, 20000)]
    [TestCase("处五 百元以上二 万元以下", 500, 20000)]
    public void A_single_band_is_read(string text, decimal min, decimal max) =>
        Assert.That(ChineseAmount.FindBands(text).Select(b => b.Band), Is.EqualTo(new[] { new FineBand(min, max) }));

    [Test]
    public void Several_bands_are_read_in_order_and_a_range_end_is_not_read_as_a_ceiling()
    {
        const string text = "对单位处一万元以上十万元以下的罚款，对个人处五百元以上二千元以下的罚款；情节轻微的，处二百元以下罚款";
        Assert.That(ChineseAmount.FindBands(text).Select(b => b.Band), Is.EqualTo(new[]
        {
            new FineBand(10000, 100000), new FineBand(500, 2000), new FineBand(0, 200),
        }));
    }

    [Test]
    public void Party_bands_are_told_apart()
    {
        var bands = ChineseAmount.FindPartyBands(
            "对个人可以处二百元以上一千元以下的罚款，对单位可以处二千元以上二万元以下的罚款；对个人经营的投资人处二万元以上二十万元以下的罚款");
        Assert.That(bands.Select(b => (b.Party, b.Band.Band)), Is.EqualTo(new[]
        {
            (PartyKind.Individual, new FineBand(200, 1000)),
            (PartyKind.Organisation, new FineBand(2000, 20000)),
        }));
    }

    [Test]
    public void Amounts_include_thresholds_but_not_multiples_or_days()
    {
        var amounts = ChineseAmount.FindAmounts("货值金额不足一万元的，并处五万元以上十万元以下罚款；货值金额一万元以上的，并处货值金额十倍以上二十倍以下罚款，处十五日以下拘留");
        Assert.That(amounts.Select(a => a.Yuan), Is.EqualTo(new[] { 10000m, 50000m, 100000m, 10000m }));
    }

    [TestCase("责令改正，可以处警告")]
    [TestCase("处违法所得一倍以上五倍以下的罚款")]
    [TestCase("多元化解矛盾")]
    [TestCase("数万元")]
    public void Text_without_amounts_has_none(string text)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ChineseAmount.FindAmounts(text), Is.Empty);
            Assert.That(ChineseAmount.FindBands(text), Is.Empty);
        });
    }

    // ---- the parser, on a text made for it -----------------------------------------------------

    private const string Sample = """
        # 示例法

        <!-- INFO END -->

        ## 第一章 总则

        第一条 第一条第一款。

        第一条第二款，
        续行。

        第二条 有下列行为之一的，处五百元以上二万元以下的罚款：

        (一)第一项；

        （二）第二项；

        (十一)第三项编号十一。

        有前款第一项行为的，从重处罚。

        ## 第二章 附则

        不属于任何条的文字。

        第十九条 本法自公布之日起施行。
        """;

    [Test]
    public void Articles_paragraphs_and_clauses_are_parsed()
    {
        var statute = Statute.Parse("示例法", Sample);
        var second = statute.Article(2)!;
        Assert.Multiple(() =>
        {
            Assert.That(statute.Articles.Select(a => a.Number), Is.EqualTo(new[] { 1, 2, 19 }));
            Assert.That(statute.Article(1)!.Paragraphs.Select(p => p.Lead), Is.EqualTo(new[] { "第一条第一款。", "第一条第二款，\n续行。" }));
            Assert.That(second.Paragraphs, Has.Count.EqualTo(2), "clauses belong to the paragraph before them; the text after them is paragraph 2");
            Assert.That(second.Paragraph(1)!.Clauses.Select(c => c.Number), Is.EqualTo(new[] { 1, 2, 11 }), "both (一) and （二） mark clauses");
            Assert.That(second.Paragraph(1)!.Clause(2)!.Text, Is.EqualTo("（二）第二项；"));
            Assert.That(second.Paragraph(2)!.Lead, Is.EqualTo("有前款第一项行为的，从重处罚。"));
            Assert.That(second.Paragraph(1)!.Text, Does.StartWith("有下列行为之一的").And.Contain("(十一)第三项编号十一。"));
            Assert.That(statute.Article(19)!.Text, Is.EqualTo("本法自公布之日起施行。"), "a heading ends the article before it");
        });
    }

    [Test]
    public void A_missing_article_paragraph_or_clause_is_reported()
    {
        var statute = Statute.Parse("示例法", Sample);
        Assert.Multiple(() =>
        {
            Assert.That(statute.Resolve(new LegalBasis("示例法", 3), out var p1), Is.Null);
            Assert.That(p1, Does.Contain("第三条"));
            Assert.That(statute.Resolve(new LegalBasis("示例法", 1, 3), out var p2), Is.Null);
            Assert.That(p2, Does.Contain("2 paragraph(s)").And.Contain("第三款"));
            Assert.That(statute.Resolve(new LegalBasis("示例法", 2, 1, 4), out var p3), Is.Null);
            Assert.That(p3, Does.Contain("3 clause(s)").And.Contain("第（四）项"));
            Assert.That(statute.Resolve(new LegalBasis("示例法", 2, 2, 1), out _), Is.Null, "paragraph 2 has no clauses");
            Assert.That(statute.Resolve(new LegalBasis("示例法", 2, Clause: 11), out _)?.Clause?.Number, Is.EqualTo(11),
                "a clause cited without its paragraph is looked up in the article's one list of clauses");
        });
    }

    // ---- the real texts --------------------------------------------------------------------------

    [Test]
    public void The_statute_directory_is_found_beside_the_checkout()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Library.Directory, Does.EndWith(Path.Combine("shared", "reference", "statutes")));
            Assert.That(Library.Laws, Does.Contain("大气污染防治法").And.Contain("城市市容和环境卫生管理条例"));
        });
    }

    [Test]
    public void File_names_give_the_short_name() =>
        Assert.That(StatuteLibrary.ShortName("大气污染防治法(2018-10-26).md"), Is.EqualTo("大气污染防治法"));

    [Test]
    public void An_unknown_law_is_not_found()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Library.Find("不存在的法"), Is.Null);
            Assert.That(() => Library.Load("不存在的法"), Throws.TypeOf<FileNotFoundException>());
        });
    }

    [Test]
    public void Air_law_article_118_has_three_paragraphs_with_their_bands()
    {
        var article = Library.Load("大气污染防治法").Article(118)!;
        Assert.Multiple(() =>
        {
            Assert.That(article.Paragraphs, Has.Count.EqualTo(3));
            Assert.That(article.Paragraph(1)!.Text, Does.StartWith("违反本法规定，排放油烟的餐饮服务业经营者"));
            Assert.That(ChineseAmount.FindBands(article.Paragraph(3)!.Text).Select(b => b.Band),
                Is.EqualTo(new[] { new FineBand(500, 20000) }));
            Assert.That(ChineseAmount.FindBands(article.Text).Select(b => b.Band),
                Is.EqualTo(new[] { new FineBand(5000, 50000), new FineBand(10000, 100000), new FineBand(500, 20000) }));
        });
    }

    [Test]
    public void Air_law_article_119_paragraph_2_gives_organisations_and_individuals_their_bands()
    {
        var text = Library.Load("大气污染防治法").Article(119)!.Paragraph(2)!.Text;
        Assert.That(ChineseAmount.FindPartyBands(text).Select(b => (b.Party, b.Band.Band)), Is.EqualTo(new[]
        {
            (PartyKind.Organisation, new FineBand(10000, 100000)),
            (PartyKind.Individual, new FineBand(500, 2000)),
        }));
    }

    [Test]
    public void Cityscape_regulation_article_36_lists_three_clauses_in_ascii_parentheses()
    {
        var provision = Library.Load("城市市容和环境卫生管理条例").Resolve(new LegalBasis("城市市容和环境卫生管理条例", 36, 1, 2), out var problem);
        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.Null);
            Assert.That(provision!.Article.Paragraphs, Has.Count.EqualTo(1));
            Assert.That(provision.Paragraph!.Clauses, Has.Count.EqualTo(3));
            Assert.That(provision.Clause!.Text, Does.StartWith("(二)未经城市人民政府市容环境卫生行政主管部门批准"));
            Assert.That(provision.PenaltyText, Does.Contain("并可处以罚款"));
            Assert.That(ChineseAmount.FindAmounts(provision.PenaltyText), Is.Empty, "the national regulation sets no amounts");
        });
    }

    [Test]
    public void Full_width_clauses_are_parsed_in_the_real_texts()
    {
        // 大气污染防治法 marks clauses （一）; its 第九十九条 lists three.
        var article = Library.Load("大气污染防治法").Article(99)!;
        Assert.That(article.Paragraph(1)!.Clauses.Select(c => c.Number), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void A_non_existent_article_is_reported_missing()
    {
        var statute = Library.Load("大气污染防治法");
        Assert.Multiple(() =>
        {
            Assert.That(statute.Article(900), Is.Null);
            Assert.That(statute.Resolve(new LegalBasis("大气污染防治法", 900), out var problem), Is.Null);
            Assert.That(problem, Does.Contain("第九百条").And.Contain("第一百二十九条"), "names the article and the last one there is");
        });
    }

    [Test]
    public void A_paragraph_beyond_the_articles_count_is_reported_missing()
    {
        var statute = Library.Load("大气污染防治法");
        Assert.Multiple(() =>
        {
            Assert.That(statute.Resolve(new LegalBasis("大气污染防治法", 118, 3), out _), Is.Not.Null);
            Assert.That(statute.Resolve(new LegalBasis("大气污染防治法", 118, 4), out var problem), Is.Null);
            Assert.That(problem, Does.Contain("3 paragraph(s)").And.Contain("第四款"));
        });
    }

    [Test]
    public void A_clause_beyond_the_paragraphs_list_is_reported_missing()
    {
        var statute = Library.Load("城市市容和环境卫生管理条例");
        Assert.Multiple(() =>
        {
            Assert.That(statute.Resolve(new LegalBasis("城市市容和环境卫生管理条例", 36, Clause: 4), out var problem), Is.Null);
            Assert.That(problem, Does.Contain("3 clause(s)").And.Contain("第（四）项"));
        });
    }

    public static IEnumerable<TestCaseData> StatuteFiles() =>
        Directory.GetFiles(StatuteLibrary.FindStatutesDirectory(AppContext.BaseDirectory), "*.md")
            .Select(f => StatuteLibrary.ShortName(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(law => new TestCaseData(law).SetArgDisplayNames(law));

    /// <summary>A parse that skipped or split articles would show as a gap in the numbering.</summary>
    [TestCaseSource(nameof(StatuteFiles))]
    public void Every_text_parses_into_consecutive_articles_and_clauses(string law)
    {
        var statute = Library.Load(law);
        var gaps = statute.Articles.Zip(statute.Articles.Skip(1))
            .Where(p => p.Second.Number != p.First.Number + 1)
            .Select(p => $"{p.First.Cite} → {p.Second.Cite}");
        var clauseGaps = statute.Articles.SelectMany(a => a.Paragraphs
            .Where(p => !p.Clauses.Select(c => c.Number).SequenceEqual(Enumerable.Range(1, p.Clauses.Count)))
            .Select(p => $"{a.Cite}第{ChineseNumber.Format(p.Number)}款: ({string.Join(",", p.Clauses.Select(c => c.Number))})"));
        var empty = statute.Articles.Where(a => a.Paragraphs.Count == 0 || a.Paragraphs.Any(p => p.Lead.Length == 0)).Select(a => a.Cite);
        Assert.Multiple(() =>
        {
            Assert.That(statute.Articles, Is.Not.Empty, $"《{law}》: no articles parsed");
            Assert.That(statute.Articles[0].Number, Is.EqualTo(1), $"《{law}》: the first article parsed is not 第一条");
            Assert.That(gaps, Is.Empty, $"《{law}》: article numbering jumps");
            Assert.That(clauseGaps, Is.Empty, $"《{law}》: clause numbering is not 1, 2, 3 …");
            Assert.That(empty, Is.Empty, $"《{law}》: articles with an empty paragraph");
        });
    }
}
