using Enforcement.Shared.Rules;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Shared;

[TestFixture]
public sealed class KeywordScorerTests
{
    private static readonly KeywordRule Bbq = new(["露天烧烤", "烧烤"])
    {
        Context = ["烟", "夜市"],
        Excludes = ["油烟净化"],
    };

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\n")]
    public void Empty_text_scores_zero(string text) =>
        Assert.That(KeywordScorer.Score(Bbq, text), Is.Zero);

    [Test]
    public void Text_without_a_keyword_scores_zero_even_with_context() =>
        Assert.That(KeywordScorer.Score(Bbq, "夜市里烟很大"), Is.Zero);

    [Test]
    public void An_exclude_vetoes_a_match()
    {
        Assert.Multiple(() =>
        {
            Assert.That(KeywordScorer.Score(Bbq, "楼下烧烤店没装油烟净化设备，烟很大"), Is.Zero);
            Assert.That(KeywordScorer.Score(Bbq, "楼下烧烤店烟很大"), Is.GreaterThan(0));
        });
    }

    [Test]
    public void A_longer_keyword_hit_scores_higher()
    {
        const string text = "小区门口有人露天烧烤";
        var longer = KeywordScorer.Score(new KeywordRule(["露天烧烤"]), text);
        var shorter = KeywordScorer.Score(new KeywordRule(["烧烤"]), text);
        Assert.That(longer, Is.GreaterThan(shorter));
    }

    [Test]
    public void Hit_length_counts_up_to_four_characters()
    {
        const string text = "反映露天烧烤摊点问题";
        Assert.That(KeywordScorer.Score(new KeywordRule(["露天烧烤摊点"]), text),
            Is.EqualTo(KeywordScorer.Score(new KeywordRule(["露天烧烤"]), text)));
    }

    [Test]
    public void Context_words_raise_the_score()
    {
        var plain = KeywordScorer.Score(Bbq, "有人烧烤");
        var withContext = KeywordScorer.Score(Bbq, "夜市有人烧烤，烟很大");
        Assert.That(withContext, Is.GreaterThan(plain));
    }

    [Test]
    public void More_keyword_hits_score_higher() =>
        Assert.That(KeywordScorer.Score(Bbq, "露天烧烤"), Is.GreaterThan(KeywordScorer.Score(new KeywordRule(["露天烧烤"]), "露天烧烤")));

    [TestCase("烧烤")]
    [TestCase("露天烧烤，夜市，烟，烟雾")]
    [TestCase("露天烧烤露天烧烤夜市烟夜市烟")]
    public void Scores_stay_between_zero_and_one(string text) =>
        Assert.That(KeywordScorer.Score(Bbq, text), Is.GreaterThan(0).And.LessThan(1));

    [Test]
    public void One_four_character_hit_scores_one_half() =>
        Assert.That(KeywordScorer.Score(new KeywordRule(["露天烧烤"]), "露天烧烤"), Is.EqualTo(0.5));
}
