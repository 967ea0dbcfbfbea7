using Enforcement.Documents.Layout;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

[TestFixture]
public sealed class LineBreakerTests
{
    // A Chinese character is 1 wide, anything else ½: close enough to a CJK font to test the rules.
    private static double Measure(string s) => s.EnumerateRunes().Sum(r => r.Value > 0x2E7F ? 1.0 : 0.5);

    private static IReadOnlyList<string> Wrap(string text, double width) => LineBreaker.Wrap(text, width, Measure);

    [Test]
    public void Chinese_breaks_between_any_two_characters_and_no_line_is_wider_than_the_width()
    {
        var lines = Wrap("当事人未经批准擅自在人行道上堆放沙石砖块", 6);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(new[] { "当事人未经批", "准擅自在人行", "道上堆放沙石", "砖块" }));
            Assert.That(string.Concat(lines), Is.EqualTo("当事人未经批准擅自在人行道上堆放沙石砖块"));
        });
    }

    [Test]
    public void Closing_punctuation_never_starts_a_line_it_hangs_at_the_end_of_the_previous_one()
    {
        var lines = Wrap("责令改正拆除棚屋，恢复原状。", 8);
        Assert.That(lines, Is.EqualTo(new[] { "责令改正拆除棚屋，", "恢复原状。" }));
    }

    [Test]
    public void Opening_punctuation_never_ends_a_line_it_moves_down_with_what_it_opens()
    {
        var lines = Wrap("依据城市市容条例《城市市容和环境卫生管理条例》", 9);
        Assert.That(lines[0], Is.EqualTo("依据城市市容条例"));
        Assert.That(lines[1], Does.StartWith("《城市"));
    }

    [Test]
    public void A_latin_word_or_number_moves_down_whole_when_it_fits_on_a_line() =>
        Assert.That(Wrap("处罚 AJ2026 号", 4), Is.EqualTo(new[] { "处罚", "AJ2026", "号" }));

    [Test]
    public void A_word_wider_than_the_line_such_as_a_hash_is_broken_to_fit()
    {
        var hash = new string('a', 64);
        var lines = Wrap(hash, 10);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.All.Matches<string>(l => Measure(l!) <= 10));
            Assert.That(string.Concat(lines), Is.EqualTo(hash));
        });
    }

    [Test]
    public void Line_breaks_in_the_text_are_kept_and_an_empty_text_is_one_empty_line()
    {
        Assert.That(Wrap("第一行\n第二行", 10), Is.EqualTo(new[] { "第一行", "第二行" }));
        Assert.That(Wrap("", 10), Is.EqualTo(new[] { "" }));
    }
}
