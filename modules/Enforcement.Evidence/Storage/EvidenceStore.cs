using System.Buffers;
using System.Security.Cryptography;
using Enforcement.Evidence.Checks;
using Enforcement.Shared.Infrastructure;

namespace Enforcement.Evidence.Storage;

/// <summary>What taking in a staged file did: stored it, found it there already, or replaced damaged bytes.</summary>
internal sealed record StoreOutcome(bool AlreadyStored, string? DamagedFoundSha256 = null, string? DamagedKeptAs = null)
{
    public bool Restored => DamagedFoundSha256 is not null;
}

/// <summary>
/// Evidence files addressed by content: <c>&lt;data&gt;/evidence/&lt;first two hex&gt;/&lt;sha256&gt;</c>. An
/// upload is streamed to <c>incoming/</c> (same file system, so the move is an atomic rename), hashed as
/// it is written, synced, then moved to its address without overwriting anything. Files are never
/// changed or deleted; the database row that refers to one is written only after the file is in place.
/// </summary>
[ModuleService]
internal sealed class EvidenceStore(EvidenceOptions options, TimeProvider clock)
{
    private const int BufferSize = 128 * 1024;

    public string IncomingFolder => Path.Combine(options.Root, "incoming");

    public string PathOf(string sha256)
    {
        if (!IsAddress(sha256)) throw new ArgumentException($"不是有效的 SHA-256 地址：{sha256}", nameof(sha256));
        return Path.Combine(options.Root, sha256[..2], sha256);
    }

    public static bool IsAddress(string value) => value.Length == 64 && value.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>
    /// Streams an upload to a temporary file while hashing it. Null when it grows past
    /// <paramref name="limit"/>: reading stops there and nothing is left behind.
    /// </summary>
    public async Task<StagedFile?> StageAsync(Stream source, long limit, string? declaredContentType, string? originalName, CancellationToken ct)
    {
        Directory.CreateDirectory(IncomingFolder);
        var temp = Path.Combine(IncomingFolder, $"{Guid.NewGuid():N}.part");
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var head = new byte[FileSignature.HeadLength];
            var headLength = 0;
            long size = 0;
            await using (var file = new FileStream(temp, new FileStreamOptions
                         {
                             Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None,
                             Options = FileOptions.Asynchronous, BufferSize = 0,
                         }))
            {
                int read;
                while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
                {
                    size += read;
                    if (size > limit) break;
                    var forHead = Math.Min(read, head.Length - headLength);
                    buffer.AsSpan(0, forHead).CopyTo(head.AsSpan(headLength));
                    headLength += forHead;
                    hash.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), ct);
                }
                if (size <= limit) file.Flush(flushToDisk: true);
            }
            if (size > limit)
            {
                DeleteQuietly(temp);
                return null;
            }
            return new StagedFile(temp, Convert.ToHexStringLower(hash.GetHashAndReset()), size, head[..headLength])
            {
                DeclaredContentType = declaredContentType,
                OriginalName = originalName,
            };
        }
        catch
        {
            DeleteQuietly(temp);
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Moves a staged file to its address. If the address holds the same content already, that file is
    /// kept and the upload dropped. If it holds anything else (bytes changed on disk), those bytes are
    /// kept aside as <c>&lt;sha256&gt;.damaged-&lt;time&gt;</c> for investigation and the verified upload takes the address.
    /// </summary>
    public async Task<StoreOutcome> CommitAsync(StagedFile staged, CancellationToken ct)
    {
        var address = PathOf(staged.Sha256);
        var folder = Path.GetDirectoryName(address)!;
        Directory.CreateDirectory(folder);
        if (TryMove(staged.TempPath, address))
        {
            DirectorySync.Flush(folder);
            return new StoreOutcome(AlreadyStored: false);
        }

        var found = await HashOrNullAsync(address, ct);
        if (found == staged.Sha256)
        {
            DeleteQuietly(staged.TempPath);
            return new StoreOutcome(AlreadyStored: true);
        }

        string? keptAs = null;
        if (found is not null)
        {
            keptAs = $"{address}.damaged-{clock.GetUtcNow():yyyyMMddTHHmmssfffZ}";
            File.Move(address, keptAs);
        }
        if (!TryMove(staged.TempPath, address) && await HashOrNullAsync(address, ct) != staged.Sha256)
            throw new IOException($"证据文件 {staged.Sha256} 无法写入其地址：该地址正被其他内容占用");
        DeleteQuietly(staged.TempPath);
        DirectorySync.Flush(folder);
        return new StoreOutcome(AlreadyStored: false, found ?? "文件缺失", keptAs);
    }

    /// <summary>The stored file for reading, or null when it is missing.</summary>
    public FileStream? OpenRead(string sha256) => OpenReadPath(PathOf(sha256));

    /// <summary>Hashes a stream from where it stands to its end.</summary>
    public static async Task<(string Sha256, long Size)> HashAsync(Stream stream, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long size = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(0, BufferSize), ct)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                size += read;
            }
            return (Convert.ToHexStringLower(hash.GetHashAndReset()), size);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Removes temporary files that a crash left in <c>incoming/</c>; stored evidence is never touched.</summary>
    public int SweepAbandonedUploads(TimeSpan olderThan)
    {
        if (!Directory.Exists(IncomingFolder)) return 0;
        var cutoff = DateTime.UtcNow - olderThan;                  // file times come from the file system's clock
        var swept = 0;
        foreach (var part in Directory.EnumerateFiles(IncomingFolder, "*.part"))
        {
            if (File.GetLastWriteTimeUtc(part) >= cutoff) continue;
            DeleteQuietly(part);
            swept++;
        }
        return swept;
    }

    public static void DeleteQuietly(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { /* gone already, or held open for a moment: the start-up sweep removes it later */ }
        catch (UnauthorizedAccessException) { }
    }

    private async Task<string?> HashOrNullAsync(string path, CancellationToken ct)
    {
        await using var stream = OpenReadPath(path);
        return stream is null ? null : (await HashAsync(stream, ct)).Sha256;
    }

    private static FileStream? OpenReadPath(string path)
    {
        try
        {
            return new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read,
                Options = FileOptions.Asynchronous | FileOptions.SequentialScan, BufferSize = 0,
            });
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return null; }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            File.Move(from, to, overwrite: false);                 // link + unlink on Unix: fails if `to` exists
            return true;
        }
        catch (IOException) when (File.Exists(to))
        {
            return false;
        }
    }
}
