using Enforcement.Routing.Index;

namespace Enforcement.Tests.Routing;

public sealed class ChineseTextTests
{
    [Test]
    public void SmartCn_loads_its_dictionary_and_segments_words_dropping_fillers_and_punctuation()
    {
        using var analyzer = ChineseText.CreateAnalyzer();
        var tokens = ChineseText.Tokens(analyzer, "楼下烧烤店油烟太大了，窗户都不敢开");
        Assert.That(tokens, Is.SupersetOf(new[] { "楼下", "烧烤", "油烟", "窗户" }));
        Assert.That(tokens, Has.None.EqualTo("了").And.None.EqualTo("，"));
    }

    [Test]
    public void Typos_and_dialect_are_put_right_for_the_search()
    {
        var text = Colloquial.ForSearch("门口拉圾么得人管，燥音也大");
        Assert.That(text, Does.Contain("垃圾").And.Contain("没有").And.Contain("噪音"));
    }

    [Test]
    public void An_everyday_description_gets_the_plain_word_the_items_use()
    {
        Assert.That(Colloquial.ForSearch("对门的狗天天晚上叫"), Does.Contain("狗叫"));
        Assert.That(Colloquial.ForSearch("工地一刮风满天灰"), Does.Contain("扬尘"));
    }
}
