using System.Globalization;
using Enforcement.Evidence.Kinds;
using Enforcement.Shared.Catalogue;
using Microsoft.Extensions.Configuration;

namespace Enforcement.Evidence;

/// <summary>
/// Where evidence lives and how big each kind may be, from <c>Enforcement:DataDir</c> (the host's data
/// folder, shared with the database) and <c>Enforcement:Evidence:MaxBytes:&lt;kind&gt;</c> (bytes).
/// </summary>
internal sealed class EvidenceOptions
{
    private const long MB = 1024 * 1024;

    /// <summary>Room in a request for the form's text fields and part headers besides the file itself.</summary>
    public const long FormOverheadBytes = 256 * 1024;

    public static readonly IReadOnlyDictionary<EvidenceKind, long> Defaults = new Dictionary<EvidenceKind, long>
    {
        [EvidenceKind.Photo] = 20 * MB,
        [EvidenceKind.Document] = 20 * MB,
        [EvidenceKind.Audio] = 100 * MB,
        [EvidenceKind.Video] = 500 * MB,
    };

    public required string Root { get; init; }
    public required IReadOnlyDictionary<EvidenceKind, long> MaxBytes { get; init; }

    public long LargestMaxBytes => MaxBytes.Values.Max();

    /// <summary>The request-body limit of the upload endpoint: the largest file plus the form around it.</summary>
    public long RequestLimit => LargestMaxBytes + FormOverheadBytes;

    public static EvidenceOptions From(IConfiguration configuration)
    {
        var dataDir = configuration["Enforcement:DataDir"];
        var root = Path.GetFullPath(Path.Combine(string.IsNullOrWhiteSpace(dataDir) ? "data" : dataDir, "evidence"));
        var limits = new Dictionary<EvidenceKind, long>(Defaults);
        foreach (var entry in configuration.GetSection("Enforcement:Evidence:MaxBytes").GetChildren())
        {
            if (!EvidenceKinds.TryParse(entry.Key, out var kind))
                throw new InvalidOperationException(
                    $"配置 Enforcement:Evidence:MaxBytes:{entry.Key} 无效：证据类型须为 {EvidenceKinds.Choices} 之一");
            if (!long.TryParse(entry.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) || bytes <= 0)
                throw new InvalidOperationException(
                    $"配置 Enforcement:Evidence:MaxBytes:{entry.Key} 无效：须为正整数（字节数），当前为“{entry.Value}”");
            limits[kind] = bytes;
        }
        return new EvidenceOptions { Root = root, MaxBytes = limits };
    }

    /// <summary>A limit in words for messages, e.g. 20 MB or 64 KB.</summary>
    public static string Describe(long bytes) =>
        bytes >= MB && bytes % MB == 0 ? $"{bytes / MB} MB"
        : bytes >= 1024 && bytes % 1024 == 0 ? $"{bytes / 1024} KB"
        : $"{bytes} 字节";
}
