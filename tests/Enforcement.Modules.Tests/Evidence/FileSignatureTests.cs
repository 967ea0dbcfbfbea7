using System.Text;
using Enforcement.Evidence.Checks;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Evidence;

[TestFixture]
public sealed class FileSignatureTests
{
    private static byte[] Bytes(params byte[] head) => [.. head, .. new byte[32]];

    private static byte[] Iso(string brand) => Bytes([0x00, 0x00, 0x00, 0x20, .. "ftyp"u8, .. Encoding.ASCII.GetBytes(brand)]);

    private static IEnumerable<TestCaseData> Known()
    {
        yield return new TestCaseData(Bytes(0xFF, 0xD8, 0xFF, 0xE1), FileFormat.Jpeg).SetName("JPEG (Exif)");
        yield return new TestCaseData(Bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), FileFormat.Png).SetName("PNG");
        yield return new TestCaseData(Iso("heic"), FileFormat.Heif).SetName("HEIC from a phone");
        yield return new TestCaseData(Iso("mif1"), FileFormat.Heif).SetName("HEIF generic brand");
        yield return new TestCaseData(Bytes([.. "RIFF"u8, 0, 0, 0, 0, .. "WEBP"u8]), FileFormat.WebP).SetName("WebP");
        yield return new TestCaseData(Iso("isom"), FileFormat.Mp4).SetName("MP4 isom");
        yield return new TestCaseData(Iso("mp42"), FileFormat.Mp4).SetName("MP4 mp42");
        yield return new TestCaseData(Iso("qt  "), FileFormat.QuickTime).SetName("MOV");
        yield return new TestCaseData(Iso("3gp4"), FileFormat.ThreeGp).SetName("3GP");
        yield return new TestCaseData(Iso("M4A "), FileFormat.M4a).SetName("M4A");
        yield return new TestCaseData(Bytes([.. "RIFF"u8, 0, 0, 0, 0, .. "WAVE"u8]), FileFormat.Wav).SetName("WAV");
        yield return new TestCaseData(Bytes([.. "RIFF"u8, 0, 0, 0, 0, .. "AVI "u8]), FileFormat.Avi).SetName("AVI");
        yield return new TestCaseData(Bytes([.. "ID3"u8, 4, 0]), FileFormat.Mp3).SetName("MP3 with ID3 tag");
        yield return new TestCaseData(Bytes(0xFF, 0xFB, 0x90, 0x64), FileFormat.Mp3).SetName("MP3 frame sync");
        yield return new TestCaseData(Bytes([.. "#!AMR\n"u8]), FileFormat.Amr).SetName("AMR recording");
        yield return new TestCaseData(Bytes([.. "%PDF-1.7"u8]), FileFormat.Pdf).SetName("PDF");
        yield return new TestCaseData(Bytes([.. "MZ"u8, 0x90, 0x00]), FileFormat.Executable).SetName("Windows program");
        yield return new TestCaseData(Bytes(0x7F, 0x45, 0x4C, 0x46), FileFormat.Executable).SetName("ELF program");
        yield return new TestCaseData(Bytes([.. "#!/bin/sh\n"u8]), FileFormat.Executable).SetName("shell script");
    }

    [TestCaseSource(nameof(Known))]
    public void Recognises_the_format_from_its_first_bytes(byte[] head, FileFormat expected) =>
        Assert.That(FileSignature.Sniff(head), Is.EqualTo(expected));

    [Test]
    public void Text_html_and_zip_are_not_any_accepted_format()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FileSignature.Sniff("现场情况说明：烧烤摊已撤"u8), Is.EqualTo(FileFormat.Unknown));
            Assert.That(FileSignature.Sniff("<html><script>alert(1)</script>"u8), Is.EqualTo(FileFormat.Unknown));
            Assert.That(FileSignature.Sniff(Bytes([.. "PK"u8, 3, 4])), Is.EqualTo(FileFormat.Unknown));
        });
    }

    [Test]
    public void AAC_ADTS_is_not_taken_for_MP3() =>
        Assert.That(FileSignature.Sniff(Bytes(0xFF, 0xF1, 0x50, 0x80)), Is.EqualTo(FileFormat.Unknown));

    [Test]
    public void An_AVIF_image_is_not_taken_for_an_MP4_video() =>
        Assert.That(FileSignature.Sniff(Iso("avif")), Is.EqualTo(FileFormat.Unknown));

    [Test]
    public void An_unknown_RIFF_form_is_unknown() =>
        Assert.That(FileSignature.Sniff(Bytes([.. "RIFF"u8, 0, 0, 0, 0, .. "CDXA"u8])), Is.EqualTo(FileFormat.Unknown));

    [Test]
    public void Too_few_bytes_are_unknown()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FileSignature.Sniff([]), Is.EqualTo(FileFormat.Unknown));
            Assert.That(FileSignature.Sniff([0xFF, 0xD8]), Is.EqualTo(FileFormat.Unknown));
            Assert.That(FileSignature.Sniff("RIFF"u8), Is.EqualTo(FileFormat.Unknown));
        });
    }
}
