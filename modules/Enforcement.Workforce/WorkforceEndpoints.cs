using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Certificates;
using Enforcement.Workforce.Interests;
using Enforcement.Workforce.Officers;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using Enforcement.Workforce.TenProhibitions;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workforce;

internal static class WorkforceEndpoints
{
    public const string Tag = "执法人员";

    public static void Map(IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/officers").WithTags(Tag).RequireAuthorization(Policies.ReadRoster);
        read.MapGet("/", List).WithSummary("执法人员名册：所属单位、职务、在岗状态、执法证、“十不准”确认情况");
        read.MapGet("/{badge}", Get).WithSummary("单个执法人员，含执法证、回避事由与“十不准”确认的全部记录");
        app.MapGet("/api/ten-prohibitions", (TenProhibitionsText text) => Results.Ok(new TenProhibitionsView(text.Items, text.Hash, text.Note)))
            .WithTags(Tag).RequireAuthorization(Policies.ReadRoster).WithSummary("现行“十不准”文本及其 SHA-256；note 说明文本是否为待替换的草案");

        var write = app.MapGroup("/api/officers").WithTags(Tag).RequireAuthorization(Policies.ManageRoster);
        write.MapPost("/", async (OfficerBody b, IMediator m, CancellationToken ct) =>
                Created(await Send(m, new RegisterOfficer(b.Badge, b.Name, b.Unit, b.Role, b.Username, b.Jurisdiction), ct)))
            .WithSummary("登记执法人员（编号唯一；所属单位为 brigade 或派驻部门模块）；无删除，离队请停用");
        write.MapPost("/{badge}/certificates", async (string badge, CertificateBody b, IMediator m, CancellationToken ct) =>
                Created(await Send(m, new IssueCertificate(badge, b.Number, b.Fields, b.IssuedOn, b.ValidUntil, b.IssuingAuthority), ct)))
            .WithSummary("登记执法证：证号、执法领域（部门模块）、发证日期、有效期至、发证机关");
        write.MapPost("/{badge}/certificates/{number}/revoke", async (string badge, string number, ReasonBody b, IMediator m, CancellationToken ct) =>
                Ok(await Send(m, new RevokeCertificate(badge, number, b.Reason), ct)))
            .WithSummary("吊销执法证（自今日起无效，须说明理由）");
        write.MapPost("/{badge}/duty", async (string badge, DutyBody b, IMediator m, CancellationToken ct) =>
                Ok(await Send(m, new ChangeDuty(badge, b.Status), ct)))
            .WithSummary("调整在岗状态：on-duty（在岗）/ off-duty（离岗）/ on-leave（请假）");
        write.MapPost("/{badge}/deactivate", async (string badge, ReasonBody b, IMediator m, CancellationToken ct) =>
                Ok(await Send(m, new DeactivateOfficer(badge, b.Reason), ct)))
            .WithSummary("停用（人员离队），须说明理由；记录保留");
        write.MapPost("/{badge}/acknowledgements", async (string badge, AcknowledgementBody? b, IMediator m, CancellationToken ct) =>
                Created(await Send(m, new AcknowledgeTenProhibitions(badge, b?.TextHash), ct)))
            .WithSummary("记录执法人员已阅读并确认现行“十不准”（可附所阅文本的 textHash）");
        write.MapPost("/{badge}/interests", async (string badge, InterestBody b, IMediator m, CancellationToken ct) =>
                Created(await Send(m, new RecordInterest(badge, b.Party, b.CaseId, b.Reason), ct)))
            .WithSummary("登记回避事由：与当事人或案件有利害关系（《行政处罚法》第四十三条）");
    }

    private static async Task<IResult> List(bool? active, string? unit, string? duty, WorkforceDbContext db, OfficerViews views, CancellationToken ct)
    {
        var query = db.OfficersWithRecords.AsNoTracking();
        if (active is not null) query = query.Where(o => o.Active == active);
        if (!string.IsNullOrWhiteSpace(unit)) query = query.Where(o => o.Unit == unit);
        if (!string.IsNullOrWhiteSpace(duty)) query = query.Where(o => o.Duty == duty);
        var officers = await query.OrderBy(o => o.Badge).ToListAsync(ct);
        return Results.Ok(officers.Select(views.Of));
    }

    private static async Task<IResult> Get(string badge, WorkforceDbContext db, OfficerViews views, CancellationToken ct)
    {
        var normalized = Badges.Normalize(badge);
        var officer = await db.OfficersWithRecords.AsNoTracking().FirstOrDefaultAsync(o => o.Badge == normalized, ct);
        return officer is null ? RosterChanges.NotOnRoster(badge).ToHttp() : Results.Ok(views.Of(officer));
    }

    /// <summary>Sends a roster command; a unique index lost to a simultaneous request is a conflict, not a crash.</summary>
    private static async Task<Result<OfficerView>> Send(IMediator mediator, IRequest<Result<OfficerView>> command, CancellationToken ct)
    {
        try
        {
            return await mediator.Send(command, ct);
        }
        catch (DbUpdateException)
        {
            return new Problem(ProblemKind.Conflict, "与名册中的现有记录冲突（编号、登录名或执法证号重复），请刷新后重试");
        }
    }

    private static IResult Created(Result<OfficerView> r) => r.ToHttp(v => Results.Created($"/api/officers/{v.Badge}", v));

    private static IResult Ok(Result<OfficerView> r) => r.ToHttp(Results.Ok);
}

public sealed record OfficerBody(string? Badge, string? Name, string? Unit, string? Role, string? Username, string? Jurisdiction);
public sealed record CertificateBody(string? Number, IReadOnlyList<string>? Fields, DateOnly? IssuedOn, DateOnly? ValidUntil, string? IssuingAuthority);
public sealed record ReasonBody(string? Reason);
public sealed record DutyBody(string? Status);
public sealed record AcknowledgementBody(string? TextHash);
public sealed record InterestBody(string? Party, Guid? CaseId, string? Reason);
