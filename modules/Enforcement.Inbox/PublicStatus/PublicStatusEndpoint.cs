using System.Globalization;
using System.Threading.RateLimiting;
using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Messages.Catalogue;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Inbox.PublicStatus;

/// <summary>
/// 办件进度查询 — a resident looks up a complaint by its work-order number, without signing in. The
/// answer says where the matter stands and when each step happened, and nothing about anyone: no
/// address, no reporter, no phone, no text anybody typed. Only an exact number matches, and each
/// address may ask <see cref="PermitsPerMinute"/> times a minute, so numbers cannot be harvested.
/// </summary>
internal static class PublicStatusEndpoint
{
    public const string RateLimitPolicy = "public-status-lookup";
    public const int PermitsPerMinute = 30;

    public static IServiceCollection AddPublicStatusLimit(this IServiceCollection services) =>
        services.AddRateLimiter(o => o.AddPolicy(RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = PermitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/public/complaints/{number}", Lookup).AllowAnonymous().RequireRateLimiting(RateLimitPolicy)
            .WithTags("公开查询").WithSummary("按工单编号查询办理进度（无需登录，不含任何个人信息）");

    private static async Task<IResult> Lookup(string number, InboxDbContext db, IMediator mediator,
        IOptions<JurisdictionOptions> jurisdictions, CancellationToken ct)
    {
        var exact = number.Trim().ToUpperInvariant();
        var order = await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Number == exact, ct);
        if (order is null)
            return Results.Problem(detail: "没有这个编号的工单，请核对回执上的工单编号（形如 GD20261127-1A2B3C4D）。", statusCode: 404, title: "未找到");

        var outcome = order.CaseId is { } caseId ? (await mediator.Send(new GetCaseOutcomes([caseId]), ct)).FirstOrDefault() : null;
        // Before a case, only the item the resident chose is shown: a triage suggestion is not yet a decision.
        var itemName = outcome?.ItemName
            ?? (order.ServiceCode is { } code ? (await mediator.Send(new GetEnforcementItem(code), ct))?.Item.Name : null);
        var jurisdiction = jurisdictions.Value.Served.FirstOrDefault(j => j.Code == order.Jurisdiction)?.Name ?? order.Jurisdiction;
        return Results.Ok(new PublicComplaintStatus(
            order.Number, Channels.Names[order.Channel], jurisdiction,
            DateOnly.FromDateTime(new DateTimeOffset(order.ReceivedAt).ToOffset(LocalDay.Offset).DateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            WorkOrderView.StatusCode(order.Status), WorkOrderView.NameOfStatus(order.Status), itemName,
            outcome is null ? null : new PublicCaseSteps(outcome.CaseNumber, outcome.StatusName, China(outcome.OpenedAt),
                China(outcome.DispatchedAt), China(outcome.ArrivedAt), China(outcome.ResultAt), China(outcome.ClosedAt), outcome.ClosedAt is not null)));
    }

    private static DateTimeOffset? China(DateTimeOffset? at) => at?.ToOffset(LocalDay.Offset);
}

/// <summary>What anyone holding the number may see. Deliberately no address, reporter, phone or free text.</summary>
public sealed record PublicComplaintStatus(string Number, string ChannelName, string JurisdictionName, string ReceivedOn,
    string Status, string StatusName, string? ItemName, PublicCaseSteps? Case);

/// <summary>The case's step times; the result itself is the officer's free text and is not shown.</summary>
public sealed record PublicCaseSteps(string CaseNumber, string StatusName, DateTimeOffset? OpenedAt, DateTimeOffset? DispatchedAt,
    DateTimeOffset? ArrivedAt, DateTimeOffset? ResultAt, DateTimeOffset? ClosedAt, bool Closed);
