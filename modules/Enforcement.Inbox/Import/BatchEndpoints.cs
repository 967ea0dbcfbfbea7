using System.Text;
using Enforcement.Inbox.Duplicates;
using Enforcement.Inbox.Figures;
using Enforcement.Inbox.WriteBack;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Enforcement.Inbox.Import;

/// <summary>12345 and district-platform exchange: batch import, write-back, figures, and unlinking a "me too".</summary>
internal static class BatchEndpoints
{
    public static readonly string[] BatchChannels = ["12345", "district-platform"];
    public const int MaxRows = 5000;
    private const int MaxBytes = 20 * 1024 * 1024;

    static BatchEndpoints() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);   // GB18030 / GBK exports

    public static void Map(RouteGroupBuilder inbox)
    {
        inbox.MapPost("/import", ImportAsync).Accepts<string>("text/csv", "application/json").RequireAuthorization(Policies.Intake)
            .WithSummary("批量导入 12345 / 区平台工单（CSV 或 JSON），逐行报告错误");
        inbox.MapGet("/write-back", WriteBackAsync).RequireAuthorization(Policies.Intake)
            .WithSummary("回写：某渠道工单自某时起的办理结果、时间节点与满意度（JSON 或 CSV）");
        inbox.MapGet("/figures", InboxFigures.Get).RequireAuthorization(Policies.ReadCases).WithSummary("来件数与问题数分开统计：重复件不计为新问题");
        inbox.MapPost("/{id:guid}/unlink", async (Guid id, UnlinkBody body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(new UnlinkDuplicate(id, body.Reason), ct)).ToHttp(Results.Ok))
            .RequireAuthorization(Policies.Dispatch).WithSummary("取消并案：重复件退回待分拨（须说明理由）");
    }

    private static async Task<IResult> ImportAsync(string? channel, HttpRequest request, BatchImporter importer, ICurrentActor actor, CancellationToken ct)
    {
        if (channel is null || !BatchChannels.Contains(channel))
            return Invalid("channel", $"批量导入的渠道（channel）须为以下之一：{string.Join("、", BatchChannels)}");
        if (!ChannelGuard.Allows(actor, channel)) return ChannelGuard.Refuse(actor, channel);
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type);
        var media = type?.MediaType.Value?.ToLowerInvariant();
        var isCsv = media is "text/csv" or "application/csv" or "text/plain";
        if (!isCsv && media is not "application/json")
            return Results.Problem(detail: "请求体须为 CSV（Content-Type: text/csv）或 JSON 数组（Content-Type: application/json）",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "不支持的内容类型");

        var bytes = await ReadBodyAsync(request, ct);
        if (bytes is null) return Results.Problem(detail: $"请求体超过 {MaxBytes / 1024 / 1024} MB，请分批导入", statusCode: 413, title: "请求体过大");
        Encoding encoding;
        try { encoding = type?.Charset.Value is { Length: > 0 } cs ? Encoding.GetEncoding(cs) : new UTF8Encoding(false); }
        catch (ArgumentException) { return Invalid("charset", $"不支持的字符集 {type!.Charset}"); }

        var (rows, fileError) = isCsv
            ? CsvRows.Read(encoding.GetString(bytes))
            : JsonRows.Read(encoding is UTF8Encoding ? bytes : Encoding.UTF8.GetBytes(encoding.GetString(bytes)));
        if (fileError is not null) return Invalid("file", fileError);
        if (rows.Count > MaxRows) return Invalid("file", $"一次最多导入 {MaxRows} 行，本次 {rows.Count} 行，请分批导入");
        return Results.Ok(await importer.ImportAsync(channel, rows, ct));
    }

    private static async Task<IResult> WriteBackAsync(string? channel, string? since, string? format, WriteBackQuery query,
        TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        if (!Channels.IsKnown(channel)) return Invalid("channel", $"渠道（channel）须为以下之一：{string.Join("、", Channels.Names.Keys)}");
        if (!ChannelGuard.Allows(actor, channel)) return ChannelGuard.Refuse(actor, channel);
        DateTimeOffset? from = null;
        if (!string.IsNullOrWhiteSpace(since))
        {
            if (!W3cTime.TryParse(since, out var s)) return Invalid("since", $"since 须为带时区的 W3C 时间，如 {W3cTime.Example}");
            from = s;
        }
        if (format is not (null or "" or "json" or "csv")) return Invalid("format", "format 须为 json 或 csv");

        var asOf = W3cTime.Format(clock.GetUtcNow());
        var rows = await query.RowsAsync(channel!, from, ct);
        if (format == "csv") return Results.Text(WriteBackCsv.Write(rows), "text/csv; charset=utf-8", Encoding.UTF8);
        return Results.Ok(new WriteBackAnswer(channel!, from is null ? null : W3cTime.Format(from.Value), asOf, rows.Count, rows));
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static IResult Invalid(string field, string message) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message, statusCode: 422, title: "请求无效");
}

public sealed record UnlinkBody(string? Reason);
