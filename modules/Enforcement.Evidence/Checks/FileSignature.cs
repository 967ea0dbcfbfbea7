using System.Text;

namespace Enforcement.Evidence.Checks;

/// <summary>
/// What a file's first bytes say it is, whatever its name or declared type claims. Public only so that
/// unit tests can take it as a test-case parameter; nothing outside the module uses it.
/// </summary>
public enum FileFormat
{
    Unknown,
    Jpeg,
    Png,
    Heif,
    WebP,
    Mp4,
    QuickTime,
    ThreeGp,
    M4a,
    Avi,
    Wav,
    Mp3,
    Amr,
    Pdf,
    Executable,
}

/// <summary>
/// Reads the magic bytes at the start of a file. Only the head is needed: every format here announces
/// itself in its first 12 bytes (ISO media in its <c>ftyp</c> box, RIFF in its form type).
/// </summary>
internal static class FileSignature
{
    public const int HeadLength = 64;

    // ISO base media brands (bytes 8–12 after "ftyp") that mark HEIF/HEIC still images.
    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs", "mif1", "msf1"];

    public static FileFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (StartsWith(head, [0xFF, 0xD8, 0xFF])) return FileFormat.Jpeg;
        if (StartsWith(head, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return FileFormat.Png;
        if (StartsWith(head, "%PDF-"u8)) return FileFormat.Pdf;
        if (StartsWith(head, "#!AMR"u8)) return FileFormat.Amr;      // also "#!AMR-WB"
        if (StartsWith(head, "ID3"u8) || IsMpegAudioFrame(head)) return FileFormat.Mp3;
        if (head.Length >= 12 && StartsWith(head, "RIFF"u8))
        {
            var form = head.Slice(8, 4);
            if (form.SequenceEqual("WAVE"u8)) return FileFormat.Wav;
            if (form.SequenceEqual("AVI "u8)) return FileFormat.Avi;
            if (form.SequenceEqual("WEBP"u8)) return FileFormat.WebP;
            return FileFormat.Unknown;
        }
        if (head.Length >= 12 && head.Slice(4, 4).SequenceEqual("ftyp"u8)) return IsoMedia(Encoding.ASCII.GetString(head.Slice(8, 4)));
        if (StartsWith(head, "MZ"u8) || StartsWith(head, [0x7F, 0x45, 0x4C, 0x46]) || StartsWith(head, "#!"u8)
            || StartsWith(head, [0xCF, 0xFA, 0xED, 0xFE]) || StartsWith(head, [0xCA, 0xFE, 0xBA, 0xBE]))
            return FileFormat.Executable;                                // Windows PE, ELF, scripts, Mach-O
        return FileFormat.Unknown;
    }

    /// <summary>The Chinese name used in messages.</summary>
    public static string Describe(FileFormat format) => format switch
    {
        FileFormat.Jpeg => "JPEG 图像",
        FileFormat.Png => "PNG 图像",
        FileFormat.Heif => "HEIC/HEIF 图像",
        FileFormat.WebP => "WebP 图像",
        FileFormat.Mp4 => "MP4 视频",
        FileFormat.QuickTime => "MOV（QuickTime）视频",
        FileFormat.ThreeGp => "3GP 视频",
        FileFormat.M4a => "M4A 音频",
        FileFormat.Avi => "AVI 视频",
        FileFormat.Wav => "WAV 音频",
        FileFormat.Mp3 => "MP3 音频",
        FileFormat.Amr => "AMR 录音",
        FileFormat.Pdf => "PDF 文档",
        FileFormat.Executable => "可执行程序或脚本",
        _ => "无法识别的格式",
    };

    /// <summary>The usual extension, for a display name that has none left after cleaning.</summary>
    public static string Extension(FileFormat format) => format switch
    {
        FileFormat.Jpeg => ".jpg",
        FileFormat.Png => ".png",
        FileFormat.Heif => ".heic",
        FileFormat.WebP => ".webp",
        FileFormat.Mp4 => ".mp4",
        FileFormat.QuickTime => ".mov",
        FileFormat.ThreeGp => ".3gp",
        FileFormat.M4a => ".m4a",
        FileFormat.Avi => ".avi",
        FileFormat.Wav => ".wav",
        FileFormat.Mp3 => ".mp3",
        FileFormat.Amr => ".amr",
        FileFormat.Pdf => ".pdf",
        _ => "",
    };

    private static FileFormat IsoMedia(string brand)
    {
        if (HeifBrands.Contains(brand)) return FileFormat.Heif;
        if (brand == "qt  ") return FileFormat.QuickTime;
        if (brand is "M4A " or "M4B " or "M4P ") return FileFormat.M4a;
        if (brand.StartsWith("3gp", StringComparison.Ordinal) || brand.StartsWith("3g2", StringComparison.Ordinal)) return FileFormat.ThreeGp;
        if (brand is "avif" or "avis") return FileFormat.Unknown;       // AVIF images are not among the accepted types
        return FileFormat.Mp4;                                           // isom, iso2, mp41, mp42, avc1, M4V …
    }

    // An MPEG audio frame header: 11 sync bits, a valid version and layer (layer bits 00 are reserved,
    // which also keeps AAC's ADTS header out), and a bitrate index that is not the forbidden 1111.
    private static bool IsMpegAudioFrame(ReadOnlySpan<byte> head) =>
        head.Length >= 3 && head[0] == 0xFF && (head[1] & 0xE0) == 0xE0
        && (head[1] & 0x18) != 0x08 && (head[1] & 0x06) != 0x00 && (head[2] & 0xF0) != 0xF0;

    private static bool StartsWith(ReadOnlySpan<byte> head, ReadOnlySpan<byte> magic) => head.StartsWith(magic);
}
