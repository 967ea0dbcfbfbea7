using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Enforcement.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Enforcement.Tests.Evidence;

/// <summary>One file part of an upload: its bytes, the name the device gave it, its declared type and form field.</summary>
public sealed record FilePart(byte[] Bytes, string FileName, string? ContentType, string Field = "file");

/// <summary>Evidence files as devices make them (right magic bytes, deterministic content) and the upload form.</summary>
internal static class EvidenceFiles
{
    public static byte[] Jpeg(int length = 4096, int seed = 1) =>
        WithHead(length, seed, [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, .."JFIF\0"u8], tail: [0xFF, 0xD9]);

    public static byte[] Mp4(int length, int seed = 2) =>
        WithHead(length, seed, [0x00, 0x00, 0x00, 0x18, .."ftypisom"u8, 0x00, 0x00, 0x02, 0x00, .."isomiso2"u8]);

    public static byte[] Pdf(int length = 2048, int seed = 3) => WithHead(length, seed, "%PDF-1.7\n"u8.ToArray(), tail: "\n%%EOF\n"u8.ToArray());

    /// <summary>A Windows program (the "MZ" header), as when an .exe is renamed .jpg.</summary>
    public static byte[] WindowsProgram(int length = 2048, int seed = 4) => WithHead(length, seed, [.."MZ"u8, 0x90, 0x00, 0x03, 0x00]);

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static FilePart Photo(byte[] bytes, string name = "IMG_20261127_085700.jpg") => new(bytes, name, "image/jpeg");

    /// <summary>The form of a photo taken on arrival; pass a field as null to leave it out.</summary>
    public static Dictionary<string, string?> Fields(string kind = "photo", DateTimeOffset? capturedAt = null, string step = "arrival") => new()
    {
        ["step"] = step,
        ["kind"] = kind,
        ["capturedAt"] = (capturedAt ?? TestHost.Start.AddMinutes(-3)).ToString("yyyy-MM-dd'T'HH:mm:sszzz"),
        ["officer"] = "32010001",
        ["location"] = "兴隆大街18号夜市入口",
        ["latitude"] = "31.9926",
        ["longitude"] = "118.7221",
        ["description"] = "现场露天烧烤，炭火烟雾",
    };

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> Upload(HttpClient http, string caseId,
        IReadOnlyDictionary<string, string?> fields, params FilePart[] files) =>
        await Upload(http, caseId, fields, filesFirst: false, files);

    public static async Task<(HttpStatusCode Status, JsonNode? Body)> Upload(HttpClient http, string caseId,
        IReadOnlyDictionary<string, string?> fields, bool filesFirst, params FilePart[] files)
    {
        using var form = new MultipartFormDataContent();
        if (!filesFirst) AddFields(form, fields);
        foreach (var f in files)
        {
            var part = new ByteArrayContent(f.Bytes);
            if (f.ContentType is not null) part.Headers.ContentType = new MediaTypeHeaderValue(f.ContentType);
            form.Add(part, f.Field, f.FileName);
        }
        if (filesFirst) AddFields(form, fields);
        using var response = await http.PostAsync($"/api/cases/{caseId}/evidence", form);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text));
    }

    /// <summary>Every file under the data folder's evidence store, staging files included.</summary>
    public static string[] StoredFiles(string dataDir)
    {
        var root = Path.Combine(dataDir, "evidence");
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    public static string StoredPath(string dataDir, string sha256) => Path.Combine(dataDir, "evidence", sha256[..2], sha256);

    /// <summary>The evidence rows, counted in the SQLite file itself rather than through the API.</summary>
    public static async Task<long> RowCount(string dataDir)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(dataDir, "enforcement.db")};Pooling=false");
        await db.OpenAsync();
        var count = db.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM evidence_attachments";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    private static void AddFields(MultipartFormDataContent form, IReadOnlyDictionary<string, string?> fields)
    {
        foreach (var (name, value) in fields)
            if (value is not null) form.Add(new StringContent(value, Encoding.UTF8), name);
    }

    private static byte[] WithHead(int length, int seed, byte[] head, byte[]? tail = null)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        head.CopyTo(bytes, 0);
        tail?.CopyTo(bytes, length - tail.Length);
        return bytes;
    }
}
