using Enforcement.Inbox.Import;
using Enforcement.Inbox.Persistence;
using Enforcement.Shared.Primitives;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Inbox.Figures;

/// <summary>
/// Calls and problems counted apart: every work order reported in the period is a call (来电/来件); a call
/// linked to another as a "me too" is a duplicate (重复件); the rest are problems (问题).
/// </summary>
internal static class InboxFigures
{
    public static async Task<IResult> Get(string? from, string? to, string? jurisdiction, InboxDbContext db, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        DateTimeOffset start = default, end = default;
        if (!string.IsNullOrWhiteSpace(from) && !W3cTime.TryParseBound(from, endOfDay: false, out start))
            errors["from"] = [$"起始时间须为日期（2026-11-01）或带时区的时间（{W3cTime.Example}）"];
        if (!string.IsNullOrWhiteSpace(to) && !W3cTime.TryParseBound(to, endOfDay: true, out end))
            errors["to"] = [$"截止时间须为日期（2026-11-30，含当日）或带时区的时间（{W3cTime.Example}）"];
        if (errors.Count > 0) return Results.ValidationProblem(errors, statusCode: 422, title: "统计区间无效");

        var q = db.WorkOrders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(from)) { var s = start.UtcDateTime; q = q.Where(w => w.ReportedAt >= s); }
        if (!string.IsNullOrWhiteSpace(to)) { var e = end.UtcDateTime; q = q.Where(w => w.ReportedAt < e); }
        if (!string.IsNullOrWhiteSpace(jurisdiction)) q = q.Where(w => w.Jurisdiction == jurisdiction);

        var rows = await q.GroupBy(w => new { w.Channel, Duplicate = w.DuplicateOfId != null })
            .Select(g => new { g.Key.Channel, g.Key.Duplicate, Count = g.Count() })
            .ToListAsync(ct);
        var byChannel = rows.GroupBy(r => r.Channel).OrderBy(g => g.Key).Select(g => new ChannelFigures(
            g.Key, Channels.Names.GetValueOrDefault(g.Key, g.Key), g.Sum(r => r.Count),
            g.Where(r => !r.Duplicate).Sum(r => r.Count), g.Where(r => r.Duplicate).Sum(r => r.Count))).ToList();
        return Results.Ok(new FiguresView(
            string.IsNullOrWhiteSpace(from) ? null : W3cTime.Format(start), string.IsNullOrWhiteSpace(to) ? null : W3cTime.Format(end),
            byChannel.Sum(c => c.Calls), byChannel.Sum(c => c.Problems), byChannel.Sum(c => c.Duplicates), byChannel));
    }
}

/// <summary><c>from</c> is inclusive, <c>to</c> exclusive (a bare date as <c>to</c> counts that whole day).</summary>
public sealed record FiguresView(string? From, string? To, int Calls, int Problems, int Duplicates, IReadOnlyList<ChannelFigures> ByChannel);

public sealed record ChannelFigures(string Channel, string ChannelName, int Calls, int Problems, int Duplicates);
