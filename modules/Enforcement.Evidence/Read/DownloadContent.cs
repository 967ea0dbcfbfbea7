using System.Security.Cryptography;
using Enforcement.Evidence.Integrity;
using Enforcement.Evidence.Persistence;
using Enforcement.Evidence.Storage;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Enforcement.Evidence.Read;

/// <summary>
/// Serves an evidence file only after hashing it against its address. A missing or changed file is
/// answered with a Chinese problem and an integrity alarm on the case's record — never with its bytes.
/// The bytes are hashed again as they are sent, and the last chunk is held back until that hash is
/// confirmed, so a file changed between the check and the end of the transfer is cut off, not delivered.
/// </summary>
internal static class DownloadContent
{
    private const int ChunkSize = 64 * 1024;      // under the large-object-heap threshold

    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, EvidenceDbContext db, EvidenceStore store,
        IMediator mediator, ICurrentActor actor, ILoggerFactory logs, CancellationToken ct)
    {
        var a = await EvidenceQueries.VisibleAsync(db, id, actor, mediator, ct);
        if (a is null) return EvidenceQueries.NotFound(id);
        var log = logs.CreateLogger(typeof(DownloadContent).FullName!);

        await using var file = store.OpenRead(a.Sha256);
        if (file is null) return await RefuseAsync(a, "存储文件缺失", mediator, log);
        var (sha, size) = await EvidenceStore.HashAsync(file, ct);
        if (sha != a.Sha256 || size != a.Size)
            return await RefuseAsync(a, $"存储文件已被改动：应为 SHA-256 {a.Sha256}（{a.Size} 字节），实为 {sha}（{size} 字节）", mediator, log);

        file.Position = 0;
        var response = http.Response;
        response.ContentType = a.ContentType;
        response.ContentLength = a.Size;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(a.DisplayName);             // ASCII filename= and RFC 5987 filename*=UTF-8''…
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "private, no-store";
        response.Headers.ETag = $"\"{a.Sha256}\"";
        response.Headers["X-Content-SHA256"] = a.Sha256;

        if (!await CopyVerifiedAsync(file, response.Body, a, ct))
        {
            log.LogError("Evidence {Id} ({Sha}) changed on disk while it was being sent; transfer cut off", a.Id, a.Sha256);
            await mediator.Send(new IntegrityAlarm(a.Id, "发送过程中存储文件被改动，传输已中断"), CancellationToken.None);
            http.Abort();
        }
        return Results.Empty;
    }

    private static async Task<IResult> RefuseAsync(Attachment a, string found, IMediator mediator, ILogger log)
    {
        log.LogError("Evidence {Id} failed its integrity check: {Found}", a.Id, found);
        await mediator.Send(new IntegrityAlarm(a.Id, found), CancellationToken.None);
        return Results.Problem(
            detail: $"证据文件校验失败：证据“{a.DisplayName}”（{a.Id}）的{found}。已记录完整性告警，未提供文件内容。",
            statusCode: StatusCodes.Status500InternalServerError, title: "证据文件校验失败");
    }

    private static async Task<bool> CopyVerifiedAsync(Stream file, Stream body, Attachment a, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var pending = new byte[ChunkSize];
        var next = new byte[ChunkSize];
        var pendingLength = await file.ReadAsync(pending, ct);
        hash.AppendData(pending, 0, pendingLength);
        long total = pendingLength;
        while (pendingLength > 0 && total <= a.Size)
        {
            var nextLength = await file.ReadAsync(next, ct);
            if (nextLength == 0) break;
            hash.AppendData(next, 0, nextLength);
            total += nextLength;
            await body.WriteAsync(pending.AsMemory(0, pendingLength), ct);
            (pending, next, pendingLength) = (next, pending, nextLength);
        }
        if (total != a.Size || Convert.ToHexStringLower(hash.GetHashAndReset()) != a.Sha256) return false;
        await body.WriteAsync(pending.AsMemory(0, pendingLength), ct);
        return true;
    }
}
