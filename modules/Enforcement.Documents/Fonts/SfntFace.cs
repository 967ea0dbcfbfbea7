using System.Buffers.Binary;

namespace Enforcement.Documents.Fonts;

/// <summary>
/// Takes one face out of a font file in the form PDFsharp can embed. PDFsharp 6.2 reads a single
/// TrueType-outline face only: it refuses a .ttc collection ("not yet supported") and writes every
/// font as CIDFontType2, which a CFF ('OTTO') face is not. So a collection face is rebuilt as a
/// stand-alone font (its table directory and tables copied, offsets rewritten), and a CFF face is
/// refused with a message that names a font that works.
/// </summary>
internal static class SfntFace
{
    private const uint Collection = 0x74746366;   // 'ttcf'
    private const uint Cff = 0x4F54544F;          // 'OTTO'
    private const uint TrueType = 0x00010000;
    private const uint AppleTrueType = 0x74727565; // 'true'

    public static byte[] Extract(byte[] file, int index, string path)
    {
        if (file.Length < 12) throw Unusable(path, "文件过短，不是字体文件");
        var faceOffset = 0;
        if (U32(file, 0) == Collection)
        {
            var count = (int)U32(file, 8);
            if (index < 0 || index >= count)
                throw Unusable(path, $"该字体集合只有 {count} 个字体（索引 0–{count - 1}），配置的索引 {index} 不存在");
            faceOffset = (int)U32(file, 12 + 4 * index);
        }
        else if (index != 0)
        {
            throw Unusable(path, $"这是单个字体文件，字体索引只能为 0（配置为 {index}）");
        }

        var version = U32(file, faceOffset);
        if (version == Cff)
            throw Unusable(path, "它使用 CFF（PostScript）轮廓，PDFsharp 只能嵌入 TrueType 轮廓的字体"
                + $"（Debian 的 fonts-noto-cjk 即为 CFF 轮廓）。请安装 {DocumentsOptions.FontPackage} 并使用 {DocumentsOptions.DefaultFontFile}");
        if (version != TrueType && version != AppleTrueType) throw Unusable(path, "不是 TrueType/OpenType 字体");

        var tables = ReadDirectory(file, faceOffset, path);
        if (!tables.Any(t => t.Tag == "glyf") || !tables.Any(t => t.Tag == "cmap"))
            throw Unusable(path, "字体缺少 glyf 或 cmap 表，无法嵌入");
        return faceOffset == 0 && U32(file, 0) != Collection ? file : Rebuild(file, faceOffset, tables);
    }

    private sealed record Table(string Tag, uint CheckSum, int Offset, int Length);

    private static List<Table> ReadDirectory(byte[] file, int faceOffset, string path)
    {
        var count = U16(file, faceOffset + 4);
        var tables = new List<Table>(count);
        for (var i = 0; i < count; i++)
        {
            var at = faceOffset + 12 + 16 * i;
            if (at + 16 > file.Length) throw Unusable(path, "表目录超出文件范围，文件已损坏");
            var table = new Table(System.Text.Encoding.ASCII.GetString(file, at, 4), U32(file, at + 4), (int)U32(file, at + 8), (int)U32(file, at + 12));
            if (table.Offset < 0 || table.Length < 0 || (long)table.Offset + table.Length > file.Length)
                throw Unusable(path, $"表 {table.Tag} 超出文件范围，文件已损坏");
            tables.Add(table);
        }
        return tables;
    }

    /// <summary>A stand-alone font: the face's offset table, its directory with new offsets, each table 4-byte aligned.</summary>
    private static byte[] Rebuild(byte[] file, int faceOffset, List<Table> tables)
    {
        var headerSize = 12 + 16 * tables.Count;
        var size = headerSize + tables.Sum(t => Padded(t.Length));
        var font = new byte[size];
        Array.Copy(file, faceOffset, font, 0, 12);
        var position = headerSize;
        var headAt = -1;
        for (var i = 0; i < tables.Count; i++)
        {
            var t = tables[i];
            var entry = 12 + 16 * i;
            Array.Copy(file, faceOffset + 12 + 16 * i, font, entry, 8);   // tag and checksum, unchanged
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(entry + 8), (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(entry + 12), (uint)t.Length);
            Array.Copy(file, t.Offset, font, position, t.Length);
            if (t.Tag == "head") headAt = position;
            position += Padded(t.Length);
        }
        if (headAt >= 0) FixCheckSumAdjustment(font, headAt);
        return font;
    }

    /// <summary>head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA (OpenType spec); recomputed for the new layout.</summary>
    private static void FixCheckSumAdjustment(byte[] font, int headAt)
    {
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), 0);
        uint sum = 0;
        for (var i = 0; i + 4 <= font.Length; i += 4) sum = unchecked(sum + U32(font, i));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headAt + 8), unchecked(0xB1B0AFBA - sum));
    }

    private static int Padded(int length) => (length + 3) & ~3;

    private static uint U32(byte[] b, int at) => BinaryPrimitives.ReadUInt32BigEndian(b.AsSpan(at, 4));

    private static ushort U16(byte[] b, int at) => BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(at, 2));

    private static DocumentFontException Unusable(string path, string why) =>
        new($"执法文书字体 {path} 无法使用：{why}。");
}
