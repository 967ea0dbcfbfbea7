using Enforcement.Shared.Primitives;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Procedure.Actions;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Messages.Audit;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Enforcement.Cases.Procedure;

/// <summary>The penalty procedure's steps, the clock changes, the case timeline and the holiday calendar.</summary>
internal static class ProcedureEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var steps = app.MapGroup("/api/cases/{id:guid}").WithTags("行政处罚程序").VisibleCasesOnly().MarkPermittedActions();
        Step<SimpleDecisionBody>(steps, "simple-decision", Policies.ActOnCase, "简易程序当场处罚：至少两名持证执法人员，警告或公民 200 元、单位 3000 元以下罚款（第五十一条）");
        Step<FilingBody>(steps, "file", Policies.ActOnCase, "普通程序立案：核对时效（第三十六条），开始 90 日作出决定计时（第六十条）");
        Step<InvestigationBody>(steps, "investigate", Policies.ActOnCase, "调查终结（第五十五条：至少两名执法人员）");
        Step<CorrectionBody>(steps, "correction", Policies.ActOnCase, "责令（限期）改正");
        Step<NoticeBody>(steps, "notify", Policies.ActOnCase, "行政处罚事先告知（第四十四条），计算陈述申辩与听证期限");
        Step<StatementBody>(steps, "statement", Policies.ActOnCase, "记录当事人陈述、申辩或明确放弃（第四十五条）");
        Step<HearingRequestBody>(steps, "request-hearing", Policies.ActOnCase, "记录听证申请（第六十四条：告知后五个工作日内）");
        Step<HearingScheduleBody>(steps, "schedule-hearing", Policies.ActOnCase, "通知听证（第六十四条：举行七个工作日前通知，非本案调查人员主持）");
        Step<HearingHeldBody>(steps, "hold-hearing", Policies.ActOnCase, "记录听证（或当事人无正当理由缺席视为放弃）");
        Step<LegalReviewBody>(steps, "legal-review", Policies.Approve, "法制审核（第五十八条）");
        Step<ExtensionBody>(steps, "extend", Policies.Approve, "批准延长作出决定期限（须写明依据）");
        Step<DecisionBody>(steps, "decide", Policies.ActOnCase, "作出行政处罚决定：核对告知、听证、法制审核、幅度、裁量基准与 90 日期限");
        Step<ServiceBody>(steps, "serve", Policies.ActOnCase, "送达行政处罚决定书（第六十一条：七个工作日内）");
        Step<PaymentBody>(steps, "pay", Policies.ActOnCase, "记录缴纳罚款，逾期计算加处罚款（第七十二条）");
        Step<NoteBody>(steps, "close-proceeding", Policies.ActOnCase, "处罚案件结案");
        Step<NoteBody>(steps, "drop", Policies.ActOnCase, "撤销立案或不予处罚");
        Step<NoteBody>(steps, "archive", Policies.ActOnCase, "归档：卷宗封存，不得再附加或修改");
        Step<ClockChangeBody>(steps, "pause-clock", Policies.Approve, "暂停一个时限（须说明理由）");
        Step<ClockChangeBody>(steps, "resume-clock", Policies.Approve, "恢复一个时限，顺延暂停期间");
        Step<ClockChangeBody>(steps, "extend-clock", Policies.Approve, "延长一个时限（须说明理由；作出决定期限须经 extend 批准）");

        steps.MapGet("/timeline", async (Guid id, IMediator m, CancellationToken ct) =>
                Results.Ok((await m.Send(new GetRecordOf("case", id.ToString()), ct))
                    .Select(e => new { e.At, e.Actor, e.Action, name = ActionNames.Of(e.Action), e.Sequence, e.Hash })))
            .RequireAuthorization(Policies.ReadCases).WithSummary("案件时间线：每一步由谁、何时完成（取自全过程记录）");

        app.MapGet("/api/calendar", (int? year, IOptions<CalendarOptions> options, WorkingCalendar calendar, TimeProvider clock) =>
            {
                var y = year ?? Deadlines.LocalDate(clock.GetUtcNow().UtcDateTime).Year;
                return Results.Ok(new
                {
                    year = y,
                    configured = calendar.Knows(y),
                    note = calendar.Knows(y) ? null : $"未配置 {y} 年法定节假日安排（Enforcement:Calendar），工作日暂按周一至周五计算",
                    holidays = options.Value.Holidays.Where(d => d.Year == y),
                    makeUpWorkdays = options.Value.MakeUpWorkdays.Where(d => d.Year == y),
                });
            })
            .WithTags("行政处罚程序").RequireAuthorization(Policies.ReadCases).WithSummary("节假日安排：计算工作日期限（第八十五条）所用的日历");
    }

    private static void Step<TBody>(RouteGroupBuilder group, string action, string policy, string summary) where TBody : class =>
        group.MapPost($"/{action}", async (Guid id, TBody body, IMediator m, CancellationToken ct) =>
                (await m.Send(new TakeStep(id, action, body), ct)).ToHttp(Results.Ok))
            .RequireAuthorization(policy).WithSummary(summary);
}
