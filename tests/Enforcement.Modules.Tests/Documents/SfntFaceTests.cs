using System.Buffers.Binary;
using Enforcement.Documents;
using Enforcement.Documents.Fonts;
using NUnit.Framework;

namespace Enforcement.Modules.Tests.Documents;

/// <summary>Taking one face out of a font file for PDFsharp, which embeds single TrueType-outline faces only.</summary>
[TestFixture]
public sealed class SfntFaceTests
{
    [Test]
    public void The_first_face_of_the_WenQuanYi_collection_becomes_a_stand_alone_TrueType_font()
    {
        Assert.That(File.Exists(DocumentsOptions.DefaultFontFile), $"install the Debian package {DocumentsOptions.FontPackage}");
        var file = File.ReadAllBytes(DocumentsOptions.DefaultFontFile);
        var face = SfntFace.Extract(file, 0, DocumentsOptions.DefaultFontFile);
        var tables = Tags(face);
        Assert.Multiple(() =>
        {
            Assert.That(BinaryPrimitives.ReadUInt32BigEndian(face), Is.EqualTo(0x00010000u), "a plain TrueType header, not 'ttcf'");
            Assert.That(tables, Does.Contain("glyf").And.Contain("loca").And.Contain("cmap").And.Contain("head"));
            Assert.That(face.Length, Is.LessThan(file.Length));
            Assert.That(WholeFileChecksum(face), Is.EqualTo(0xB1B0AFBAu), "head.checkSumAdjustment recomputed");
        });
    }

    [Test]
    public void A_face_index_beyond_the_collection_is_refused_naming_the_range()
    {
        var file = File.ReadAllBytes(DocumentsOptions.DefaultFontFile);
        Assert.That(() => SfntFace.Extract(file, 5, "x.ttc"),
            Throws.TypeOf<DocumentFontException>().With.Message.Contains("索引 0–1"));
    }

    [Test]
    public void A_CFF_outline_face_is_refused_naming_the_package_that_works()
    {
        var otto = new byte[64];
        BinaryPrimitives.WriteUInt32BigEndian(otto, 0x4F54544F);
        Assert.That(() => SfntFace.Extract(otto, 0, "NotoSansCJK-Regular.otf"),
            Throws.TypeOf<DocumentFontException>().With.Message.Contains("CFF").And.Message.Contains("fonts-wqy-microhei"));
    }

    [Test]
    public void A_CFF_face_inside_a_collection_is_refused_too()
    {
        var ttc = new byte[64];
        BinaryPrimitives.WriteUInt32BigEndian(ttc, 0x74746366);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(8), 1);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(12), 16);
        BinaryPrimitives.WriteUInt32BigEndian(ttc.AsSpan(16), 0x4F54544F);
        Assert.That(() => SfntFace.Extract(ttc, 0, "NotoSansCJK-Regular.ttc"), Throws.TypeOf<DocumentFontException>().With.Message.Contains("CFF"));
    }

    [Test]
    public void Something_that_is_not_a_font_is_refused() =>
        Assert.That(() => SfntFace.Extract("not a font at all"u8.ToArray(), 0, "readme.txt"),
            Throws.TypeOf<DocumentFontException>().With.Message.Contains("readme.txt"));

    private static List<string> Tags(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        return Enumerable.Range(0, count).Select(i => System.Text.Encoding.ASCII.GetString(font, 12 + 16 * i, 4)).ToList();
    }

    private static uint WholeFileChecksum(byte[] font)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= font.Length; i += 4) sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(i)));
        return sum;
    }
}
