using System.Text.Json;
using Enforcement.Cases.Actions;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Cases;

internal static class CasesEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        // Reading is the floor for everything here; each action adds the policy of who may take it.
        var cases = app.MapGroup("/api/cases").WithTags("案件办理").RequireAuthorization(Policies.ReadCases).VisibleCasesOnly().MarkPermittedActions();
        cases.MapGet("/", List).WithSummary("案件列表（默认未办结），按最近到期的时限排序；部门联络员只见本部门的联合执法案件");
        cases.MapGet("/{id:guid}", Get).WithSummary("案件详情：各时限状态、可执行的操作");

        cases.MapPost("/{id:guid}/dispatch", (Guid id, DispatchBody b, IMediator m, CancellationToken ct) =>
            Send(m, new DispatchCase(id, b.Officers), ct)).RequireAuthorization(Policies.Dispatch).WithSummary("派遣执法人员（至少两人），开始 30 分钟到场计时");
        cases.MapPost("/{id:guid}/arrival", (Guid id, ArrivalBody b, IMediator m, CancellationToken ct) =>
            Send(m, new RecordArrival(id, b.Latitude, b.Longitude, b.Address), ct)).RequireAuthorization(Policies.ActOnCase).WithSummary("记录到场（时间取服务器时间，位置必填），开始 30 分钟处置计时");
        cases.MapPost("/{id:guid}/major", (Guid id, MajorBody b, IMediator m, CancellationToken ct) =>
            Send(m, new MarkMajor(id, b.Reason), ct)).RequireAuthorization(Policies.ActOnCase).WithSummary("认定为重大复杂案件：1 日内提出处置意见，15 日内处置到位");
        cases.MapPost("/{id:guid}/opinion", (Guid id, OpinionBody b, IMediator m, CancellationToken ct) =>
            Send(m, new RecordOpinion(id, b.Opinion), ct)).RequireAuthorization(Policies.Approve).WithSummary("记录重大复杂案件的处置意见");
        cases.MapPost("/{id:guid}/result", (Guid id, ResultBody b, IMediator m, CancellationToken ct) =>
            Send(m, new RecordResult(id, b.Data, b.Summary), ct)).RequireAuthorization(Policies.ActOnCase).WithSummary("按事项表单记录处置结果，由部门模块规则校验");
        cases.MapPost("/{id:guid}/close", (Guid id, IMediator m, CancellationToken ct) =>
            Send(m, new CloseCase(id), ct)).RequireAuthorization(Policies.ActOnCase).WithSummary("结案");
        cases.MapPost("/{id:guid}/satisfaction", (Guid id, SatisfactionBody b, IMediator m, CancellationToken ct) =>
            Send(m, new RateCase(id, b.Rating, b.Comment), ct)).RequireAuthorization(Policies.Dispatch).WithSummary("记录群众满意度（回访）：satisfied / basically-satisfied / dissatisfied");
    }

    private static async Task<IResult> Send(IMediator mediator, IRequest<Result<CaseView>> command, CancellationToken ct) =>
        (await mediator.Send(command, ct)).ToHttp(Results.Ok);

    // A case the caller may not see has already been answered 404 by the group's filter.
    private static async Task<IResult> Get(Guid id, CasesDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Clocks).FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? CaseVisibility.NotFound(id) : Results.Ok(CaseView.Of(c, clock.GetUtcNow().UtcDateTime));
    }

    private static async Task<IResult> List(bool? includeClosed, bool? overdue, bool? major, string? department,
        CasesDbContext db, TimeProvider clock, ICurrentActor actor, CancellationToken ct)
    {
        var query = db.Cases.AsNoTracking().Include(x => x.Clocks).AsQueryable();
        if (CaseVisibility.ConfinedToDepartment(actor) is { } own)
        {
            var joint = DelegationMode.Joint.Code();
            query = query.Where(c => c.Department == own && c.DelegationMode == joint);
        }
        if (includeClosed != true) query = query.Where(c => c.Status != CaseStatus.Closed);
        if (overdue is not null) query = query.Where(c => c.IsOverdue == overdue);
        if (major is not null) query = query.Where(c => c.IsMajor == major);
        if (!string.IsNullOrWhiteSpace(department)) query = query.Where(c => c.Department == department);
        var now = clock.GetUtcNow().UtcDateTime;
        var list = await query.OrderByDescending(c => c.OpenedAt).Take(500).ToListAsync(ct);
        return Results.Ok(list
            .OrderBy(c => c.Clocks.Where(k => k.StoppedAt == null).Select(k => (DateTime?)k.DueAt).Min() ?? DateTime.MaxValue)
            .Select(c => CaseView.Of(c, now)));
    }
}

public sealed record DispatchBody(IReadOnlyList<string>? Officers);
public sealed record ArrivalBody(double? Latitude, double? Longitude, string? Address);
public sealed record MajorBody(string? Reason);
public sealed record OpinionBody(string? Opinion);
public sealed record ResultBody(Dictionary<string, JsonElement>? Data, string? Summary);
public sealed record SatisfactionBody(string? Rating, string? Comment);
