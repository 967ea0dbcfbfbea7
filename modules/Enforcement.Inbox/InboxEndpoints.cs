using Enforcement.Shared.Messages.Inbox;
using Enforcement.Inbox.Accept;
using Enforcement.Inbox.Import;
using Enforcement.Inbox.Intake;
using Enforcement.Inbox.Persistence;
using Enforcement.Inbox.Triage;
using Enforcement.Inbox.Visibility;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Enforcement.Inbox;

internal static class InboxEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var inbox = app.MapGroup("/api/inbox").WithTags("统一收件箱");
        inbox.MapPost("/", Receive).RequireAuthorization(Policies.Intake)
            .WithSummary("接收工单（按 channel + externalId 幂等）；渠道接口密钥只能提交本渠道的工单");
        inbox.MapGet("/", List).RequireAuthorization(Policies.ReadCases).WithSummary("未办结工单，最新的在前；部门联络员只见本部门联合执法案件的工单");
        inbox.MapGet("/{id:guid}", Get).RequireAuthorization(Policies.ReadCases).WithSummary("单个工单及其分拨建议");
        inbox.MapPost("/{id:guid}/triage", Retriage).RequireAuthorization(Policies.Dispatch).WithSummary("重新征询各部门模块的分拨建议");
        inbox.MapPost("/{id:guid}/accept", Accept).RequireAuthorization(Policies.Dispatch).WithSummary("采纳建议或改派事项，立案");
        BatchEndpoints.Map(inbox);

        app.MapPost("/api/triage/suggest", async (SuggestRequest body, IMediator mediator, CancellationToken ct) =>
            {
                if (string.IsNullOrWhiteSpace(body.Text))
                    return Results.ValidationProblem(new Dictionary<string, string[]> { ["text"] = ["诉求内容（text）为必填项"] }, title: "请求无效");
                var answer = await mediator.Send(new SuggestItems(body.Text), ct);
                return Results.Ok(answer.Suggestions);
            })
            .WithTags("分拨").WithSummary("按诉求文字给出候选执法事项（按得分排序）").RequireAuthorization(Policies.Dispatch);
    }

    private static async Task<IResult> Receive(ReceiveWorkOrder body, IMediator mediator, ICurrentActor actor, CancellationToken ct)
    {
        if (!ChannelGuard.Allows(actor, body.Channel)) return ChannelGuard.Refuse(actor, body.Channel);
        var received = await SendIdempotent(body, mediator, ct);
        if (!received.Ok) return received.Problem!.ToHttp();
        var r = received.Value!;
        if (!r.Created) return Results.Ok(new ReceivedView(r.Id, r.Number, Created: false));
        await mediator.Send(new TriageWorkOrder(r.Id), ct);
        return Results.Created($"/api/inbox/{r.Id}", new ReceivedView(r.Id, r.Number, Created: true));
    }

    // Two simultaneous deliveries of one external id: the loser of the unique index asks again and
    // finds the winner's work order.
    private static async Task<Shared.Primitives.Result<ReceivedWorkOrder>> SendIdempotent(ReceiveWorkOrder body, IMediator mediator, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(body, ct);
        }
        catch (DbUpdateException)
        {
            return await mediator.Send(body, ct);
        }
    }

    private static async Task<IResult> List(string? status, string? channel, string? jurisdiction, int? take,
        InboxDbContext db, CaseVisibilityCheck visibility, CancellationToken ct)
    {
        var query = db.WorkOrders.AsNoTracking().Where(w => w.Status != WorkOrderStatus.Closed);
        if (visibility.ConfinedTo is not null) query = query.Where(w => w.CaseId != null);   // the rest is filtered per case below
        if (!string.IsNullOrWhiteSpace(channel)) query = query.Where(w => w.Channel == channel);
        if (!string.IsNullOrWhiteSpace(jurisdiction)) query = query.Where(w => w.Jurisdiction == jurisdiction);
        if (!string.IsNullOrWhiteSpace(status))
        {
            var wanted = Enum.GetValues<WorkOrderStatus>().Where(s => WorkOrderView.StatusCode(s) == status).ToList();
            if (wanted.Count == 0) return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"未知状态 {status}"] });
            query = query.Where(w => wanted.Contains(w.Status));
        }
        var limit = Math.Clamp(take ?? 200, 1, 1000);
        var ordered = query.OrderByDescending(w => w.ReceivedAt).ThenByDescending(w => w.Id);
        var list = visibility.ConfinedTo is null
            ? await ordered.Take(limit).ToListAsync(ct)
            : (await visibility.FilterAsync(await ordered.Take(1000).ToListAsync(ct), ct)).Take(limit).ToList();
        return Results.Ok(list.Select(WorkOrderView.Of));
    }

    // A work order the caller may not see answers as if it did not exist (404), as the cases do.
    private static async Task<IResult> Get(Guid id, InboxDbContext db, CaseVisibilityCheck visibility, CancellationToken ct)
    {
        var order = await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        return order is null || !await visibility.ShowsAsync(order, ct) ? NotFound(id) : Results.Ok(WorkOrderView.Of(order));
    }

    private static async Task<IResult> Retriage(Guid id, InboxDbContext db, TriageService triage, CancellationToken ct)
    {
        var order = await db.WorkOrders.AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, ct);
        if (order is null) return NotFound(id);
        return (await triage.TriageAsync(id, order.Text, ct)).ToHttp(Results.Ok);
    }

    private static async Task<IResult> Accept(Guid id, AcceptBody body, IMediator mediator, CancellationToken ct) =>
        (await mediator.Send(new AcceptTriage(id, body.ItemCode, body.IsMajor, body.OverrideReason), ct))
            .ToHttp(c => Results.Created($"/api/cases/{c.CaseId}", c));

    private static IResult NotFound(Guid id) => Results.Problem(detail: $"工单 {id} 不存在", statusCode: 404, title: "未找到");
}

public sealed record SuggestRequest(string? Text);

public sealed record AcceptBody(string? ItemCode, bool IsMajor = false, string? OverrideReason = null);

public sealed record ReceivedView(Guid Id, string Number, bool Created);
