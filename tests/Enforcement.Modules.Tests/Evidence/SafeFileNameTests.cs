using Enforcement.Evidence.Checks;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Evidence;

[TestFixture]
public sealed class SafeFileNameTests
{
    [TestCase("../../etc/cron.d/evil.jpg")]
    [TestCase(@"..\..\Windows\System32\evil.jpg")]
    [TestCase("photos/../../secret.jpg")]
    [TestCase("..")]
    [TestCase(" .. /evil.jpg")]
    [TestCase(".\u0000./evil.jpg")]
    public void A_name_that_climbs_out_of_a_folder_is_traversal(string raw) =>
        Assert.That(SafeFileName.IsTraversal(raw), Is.True);

    [TestCase("IMG_20261127_085700.jpg")]
    [TestCase("...jpg")]
    [TestCase("现场..照片.jpg")]
    [TestCase(@"C:\Users\wang\Pictures\IMG_0001.jpg")]
    [TestCase(null)]
    public void An_ordinary_name_is_not_traversal(string? raw) =>
        Assert.That(SafeFileName.IsTraversal(raw), Is.False);

    [TestCase(@"C:\Users\wang\Pictures\IMG_0001.jpg", "IMG_0001.jpg")]
    [TestCase("/var/tmp/upload/IMG_0001.jpg", "IMG_0001.jpg")]
    [TestCase("兴隆大街 烧烤.jpg", "兴隆大街 烧烤.jpg")]
    [TestCase("a<b>c:d\"e|f?g*h.jpg", "abcdefgh.jpg")]
    [TestCase("line\r\nbreak\ttab.jpg", "linebreaktab.jpg")]
    [TestCase("photo\u202Egpj.exe", "photogpj.exe")]
    [TestCase("zero\u200Bwidth.pdf", "zerowidth.pdf")]
    [TestCase("  many    spaces  .jpg", "many spaces.jpg")]
    [TestCase(".hidden.jpg", "hidden.jpg")]
    [TestCase("trailing dots...", "trailing dots")]
    [TestCase("CON.jpg", "_CON.jpg")]
    [TestCase("lpt1.tar.pdf", "_lpt1.tar.pdf")]
    [TestCase("console.jpg", "console.jpg")]
    public void A_name_is_cleaned_for_display(string raw, string expected) =>
        Assert.That(SafeFileName.Clean(raw, FileFormat.Jpeg), Is.EqualTo(expected));

    [TestCase(null, FileFormat.Jpeg, "未命名.jpg")]
    [TestCase("", FileFormat.Pdf, "未命名.pdf")]
    [TestCase("\u0001\u0002", FileFormat.Amr, "未命名.amr")]
    [TestCase("***.png", FileFormat.Png, "未命名.png")]
    [TestCase("C:\\", FileFormat.Unknown, "未命名")]
    public void Nothing_left_gives_a_name_with_the_extension_of_the_format(string? raw, FileFormat format, string expected) =>
        Assert.That(SafeFileName.Clean(raw, format), Is.EqualTo(expected));

    [Test]
    public void A_long_name_is_cut_to_the_limit_keeping_its_extension()
    {
        var cleaned = SafeFileName.Clean(new string('长', 300) + ".jpeg", FileFormat.Jpeg);
        Assert.Multiple(() =>
        {
            Assert.That(cleaned, Has.Length.EqualTo(SafeFileName.MaxLength));
            Assert.That(cleaned, Does.EndWith("长.jpeg"));
        });
    }

    [Test]
    public void A_cut_never_splits_a_character_outside_the_basic_plane()
    {
        var cleaned = SafeFileName.Clean("a" + string.Concat(Enumerable.Repeat("📷", 100)) + ".jpg", FileFormat.Jpeg);
        Assert.Multiple(() =>
        {
            Assert.That(cleaned.Length, Is.LessThanOrEqualTo(SafeFileName.MaxLength));
            Assert.That(cleaned, Does.EndWith("📷.jpg"));
            Assert.That(cleaned.EnumerateRunes(), Has.None.EqualTo(System.Text.Rune.ReplacementChar), "no lone half of a surrogate pair");
        });
    }
}
