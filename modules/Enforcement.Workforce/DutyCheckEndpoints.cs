using System.Globalization;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.DutyChecks;
using Enforcement.Workforce.Persistence;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Workforce;

internal static class DutyCheckEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/duty-checks").WithTags(WorkforceEndpoints.Tag).RequireAuthorization(Policies.ReadRoster);
        read.MapGet("/", List).WithSummary("某日（yyyy-MM-dd，默认今天）的在岗抽查：人员、发出/截止/确认时间、结果");

        var trigger = app.MapGroup("/api/duty-checks").WithTags(WorkforceEndpoints.Tag).RequireAuthorization(Policies.ManageRoster);
        trigger.MapPost("/", async (TriggerBody? b, IMediator m, CancellationToken ct) =>
                (await m.Send(new TriggerDutyCheck(b?.Badge, b?.Jurisdiction), ct)).ToHttp(v => Results.Created($"/api/duty-checks?day={v.Day:yyyy-MM-dd}", v)))
            .WithSummary("指挥员即时抽查：指定执法人员（badge），或随机抽取一名在岗人员");

        // Any signed-in user may call it; Confirm itself lets only the officer checked answer.
        var confirm = app.MapGroup("/api/duty-checks").WithTags(WorkforceEndpoints.Tag).RequireAuthorization();
        confirm.MapPost("/{id:guid}/confirm", Confirm).WithSummary("被抽查的执法人员本人在规定时间内确认在岗；超时 409，记为未按时确认");
    }

    private static async Task<IResult> List(string? day, string? jurisdiction, WorkforceDbContext db, IOptions<JurisdictionOptions> j,
        TimeProvider clock, CancellationToken ct)
    {
        var served = j.Value.Resolve(jurisdiction);
        if (served is null) return Results.Problem(detail: $"未知或未注明的街道：{jurisdiction}", statusCode: 400, title: "请求无效");
        DateOnly date;
        if (string.IsNullOrWhiteSpace(day)) date = LocalDay.Today(clock);
        else if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return Results.Problem(detail: $"日期 {day} 无效，格式应为 yyyy-MM-dd，如 2026-11-27", statusCode: 400, title: "请求无效");
        var checks = await db.DutyChecks.AsNoTracking().Include(c => c.Officer)
            .Where(c => c.Jurisdiction == served.Code && c.Day == date).OrderBy(c => c.IssuedAt).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return Results.Ok(checks.Select(c => DutyCheckView.Of(c, c.Officer!, now)));
    }

    private static async Task<IResult> Confirm(Guid id, WorkforceDbContext db, ICurrentActor actor, IMediator mediator, CancellationToken ct)
    {
        var check = await db.DutyChecks.AsNoTracking().Include(c => c.Officer).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (check is null) return ConfirmDutyCheckHandler.NotFound(id).ToHttp();
        if (!DutyCheckOwner.IsTheOfficer(actor.Name, check.Officer!))
            return Results.Problem(detail: $"只有被抽查的{check.Officer!.Label} 本人才能确认在岗", statusCode: 403, title: "无权执行此操作");
        return (await mediator.Send(new ConfirmDutyCheck(id), ct)).ToHttp(Results.Ok);
    }
}

public sealed record TriggerBody(string? Badge, string? Jurisdiction);
