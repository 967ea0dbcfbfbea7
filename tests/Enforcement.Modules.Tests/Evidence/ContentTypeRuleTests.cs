using Enforcement.Evidence.Checks;
using Enforcement.Shared.Catalogue;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Evidence;

[TestFixture]
public sealed class ContentTypeRuleTests
{
    [TestCase(EvidenceKind.Photo, "image/jpeg", FileFormat.Jpeg)]
    [TestCase(EvidenceKind.Photo, "image/heic", FileFormat.Heif)]
    [TestCase(EvidenceKind.Photo, "IMAGE/JPEG; charset=binary", FileFormat.Jpeg)]
    [TestCase(EvidenceKind.Video, "video/mp4", FileFormat.Mp4)]
    [TestCase(EvidenceKind.Video, "video/quicktime", FileFormat.QuickTime)]
    [TestCase(EvidenceKind.Video, "video/quicktime", FileFormat.Mp4)]
    [TestCase(EvidenceKind.Audio, "audio/amr", FileFormat.Amr)]
    [TestCase(EvidenceKind.Audio, "audio/x-m4a", FileFormat.M4a)]
    [TestCase(EvidenceKind.Audio, "audio/wav", FileFormat.Wav)]
    [TestCase(EvidenceKind.Document, "application/pdf", FileFormat.Pdf)]
    [TestCase(EvidenceKind.Document, "image/jpeg", FileFormat.Jpeg)]
    public void A_declared_type_the_kind_takes_with_matching_bytes_passes(EvidenceKind kind, string declared, FileFormat sniffed) =>
        Assert.That(ContentTypeRule.Check(kind, declared, sniffed), Is.Null);

    [TestCase(EvidenceKind.Photo, "text/plain", FileFormat.Unknown)]
    [TestCase(EvidenceKind.Photo, "application/octet-stream", FileFormat.Jpeg)]
    [TestCase(EvidenceKind.Photo, "video/mp4", FileFormat.Mp4)]
    [TestCase(EvidenceKind.Audio, "application/pdf", FileFormat.Pdf)]
    [TestCase(EvidenceKind.Document, "application/x-msdownload", FileFormat.Executable)]
    public void A_type_the_kind_does_not_take_is_refused_with_415_naming_what_it_takes(EvidenceKind kind, string declared, FileFormat sniffed)
    {
        var refusal = ContentTypeRule.Check(kind, declared, sniffed);
        Assert.Multiple(() =>
        {
            Assert.That(refusal?.Status, Is.EqualTo(415));
            Assert.That(refusal?.Message, Does.Contain("不接受文件类型").And.Contain("可接受"));
        });
    }

    [Test]
    public void No_declared_type_is_refused()
    {
        var refusal = ContentTypeRule.Check(EvidenceKind.Photo, null, FileFormat.Jpeg);
        Assert.That(refusal?.Message, Does.Contain("未声明"));
    }

    [TestCase(EvidenceKind.Photo, "image/jpeg", FileFormat.Executable, "可执行程序")]
    [TestCase(EvidenceKind.Photo, "image/jpeg", FileFormat.Png, "PNG")]
    [TestCase(EvidenceKind.Photo, "image/png", FileFormat.Unknown, "无法识别")]
    [TestCase(EvidenceKind.Video, "video/mp4", FileFormat.QuickTime, "MOV")]
    [TestCase(EvidenceKind.Audio, "audio/mpeg", FileFormat.Wav, "WAV")]
    [TestCase(EvidenceKind.Document, "application/pdf", FileFormat.Jpeg, "JPEG")]
    public void Bytes_that_are_not_the_declared_type_are_refused_naming_what_they_are(
        EvidenceKind kind, string declared, FileFormat sniffed, string named)
    {
        var refusal = ContentTypeRule.Check(kind, declared, sniffed);
        Assert.Multiple(() =>
        {
            Assert.That(refusal?.Status, Is.EqualTo(415));
            Assert.That(refusal?.Message, Does.Contain("不符").And.Contain(named));
        });
    }

    [TestCase(" image/jpeg ; q=1", "image/jpeg")]
    [TestCase("Video/MP4", "video/mp4")]
    [TestCase("", null)]
    [TestCase(null, null)]
    public void The_declared_type_is_read_without_parameters_and_case(string? raw, string? expected) =>
        Assert.That(ContentTypeRule.Normalize(raw), Is.EqualTo(expected));
}
