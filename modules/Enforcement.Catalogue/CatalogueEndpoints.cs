using Enforcement.Catalogue.Delegations;
using Enforcement.Catalogue.Items;
using Enforcement.Catalogue.Persistence;
using Enforcement.Catalogue.PowerList;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Primitives;
using Enforcement.Shared.Rules.Discretion;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Catalogue;

internal static class CatalogueEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/modules", (ILoadedModules modules) => Results.Ok(modules.All.Select(m =>
                new ModuleView(m.Key, m.Name, m.Kind.Code(), m.Version.ToString(3), m.Items.Count))))
            .WithTags("部门模块").WithSummary("已加载的部门模块").RequireAuthorization(Policies.District);

        var items = app.MapGroup("/api/items").WithTags("执法事项").RequireAuthorization(Policies.ReadCases);
        items.MapGet("/", (string? department, ILoadedModules modules) => Results.Ok(modules.All
                .Where(m => department is null || m.Key == department)
                .SelectMany(m => m.Items.Select(i => ItemView.Of(i, null)))))
            .WithSummary("执法事项清单（含法律依据与处罚幅度）");
        items.MapGet("/{code}", (string code, ILoadedModules modules) =>
                Find(modules, code) is { } found
                    ? Results.Ok(ItemView.Of(found.Item, found.Module.Forms.Single(f => f.Code == found.Item.FormCode)))
                    : NoItem(code))
            .WithSummary("单个执法事项及其表单");
        items.MapPost("/{code}/discretion", (string code, DiscretionBody body, ILoadedModules modules) =>
                Find(modules, code) is { } found ? Results.Ok(Discretion(found.Item, body)) : NoItem(code))
            .WithSummary("按裁量基准（《行政处罚法》第三十二至三十四条）给出处罚档次与罚款区间");

        app.MapGet("/api/power-list", PowerList).WithTags("权力清单").AllowAnonymous()
            .WithSummary("公开的权力清单：类型、方式、程序、依据与委托方式（无需登录）");

        var delegations = app.MapGroup("/api/delegations").WithTags("委托配置");
        delegations.MapGet("/", async (string? jurisdiction, DateOnly? on, CatalogueDbContext db, IOptions<JurisdictionOptions> j, TimeProvider clock, CancellationToken ct) =>
            {
                var served = j.Value.Resolve(jurisdiction);
                if (served is null) return UnknownJurisdiction(jurisdiction);
                var inForce = await DelegationQueries.InForceAsync(db, served.Code, on ?? LocalDay.Today(clock), ct);
                return Results.Ok(inForce.Values.OrderBy(d => d.ItemCode).Select(DelegationView.Of));
            })
            .WithSummary("某日生效的委托配置").RequireAuthorization(Policies.ReadCases);
        delegations.MapGet("/{itemCode}/history", async (string itemCode, string? jurisdiction, CatalogueDbContext db, IOptions<JurisdictionOptions> j, CancellationToken ct) =>
            {
                var served = j.Value.Resolve(jurisdiction);
                if (served is null) return UnknownJurisdiction(jurisdiction);
                var rows = await db.Delegations.AsNoTracking().Where(d => d.Jurisdiction == served.Code && d.ItemCode == itemCode).ToListAsync(ct);
                return Results.Ok(rows.OrderBy(d => d.EffectiveFrom).Select(DelegationView.Of));
            })
            .WithSummary("一个事项的委托沿革").RequireAuthorization(Policies.ReadCases);
        delegations.MapPost("/", async (ChangeDelegation body, IMediator mediator, CancellationToken ct) =>
                (await mediator.Send(body, ct)).ToHttp(v => Results.Created($"/api/delegations/{v.ItemCode}/history", v)))
            .WithSummary("区里调整一个事项的委托方式（自生效日起；记录在案）").RequireAuthorization(Policies.District);
    }

    private static async Task<IResult> PowerList(string? jurisdiction, DateOnly? on, string? department, ILoadedModules modules,
        CatalogueDbContext db, IOptions<JurisdictionOptions> j, TimeProvider clock, CancellationToken ct)
    {
        var served = j.Value.Resolve(jurisdiction);
        if (served is null) return UnknownJurisdiction(jurisdiction);
        var day = on ?? LocalDay.Today(clock);
        var inForce = await DelegationQueries.InForceAsync(db, served.Code, day, ct);
        var entries = modules.All.Where(m => department is null || m.Key == department)
            .SelectMany(m => m.Items.Select(i => PowerListEntry.Of(m, i, inForce.GetValueOrDefault(i.Code))))
            .ToList();
        var counts = new PowerListCounts(entries.Count, entries.Count(e => e.Mode == "dispatched"),
            entries.Count(e => e.Mode == "joint"), entries.Count(e => e.Mode == "not-delegated"));
        return Results.Ok(new PowerListView(served.Code, served.Name, day, counts, entries));
    }

    private static object Discretion(EnforcementItem item, DiscretionBody b)
    {
        var facts = new OffenceFacts(b.Party == "organisation" ? PartyKind.Organisation : PartyKind.Individual,
            b.FirstOffence, b.CorrectedPromptly, Enum.TryParse<Harm>(b.Harm, true, out var harm) ? harm : Harm.Ordinary,
            b.MitigatedHarm, b.NoFault, b.Repeat);
        var outcome = DiscretionBenchmark.Decide(item, facts);
        return new { band = outcome.Band.ToString().ToLowerInvariant(), outcome.BandName, outcome.Fine, outcome.Reason, outcome.Mandatory,
            statutory = item.Penalty.BandFor(facts.Party) };
    }

    private static (IDepartmentModule Module, EnforcementItem Item)? Find(ILoadedModules modules, string code) =>
        modules.All.SelectMany(m => m.Items.Select(i => (m, i))).Cast<(IDepartmentModule, EnforcementItem)?>()
            .FirstOrDefault(x => x!.Value.Item2.Code == code);

    private static IResult NoItem(string code) => Results.Problem(detail: $"没有编号为 {code} 的执法事项", statusCode: 404, title: "未找到");

    private static IResult UnknownJurisdiction(string? code) =>
        Results.Problem(detail: $"未知或未注明的街道：{code}", statusCode: 400, title: "请求无效");
}

public sealed record ModuleView(string Key, string Name, string Kind, string Version, int ItemCount);

/// <summary>The facts for the discretion benchmark. <c>party</c>: individual / organisation; <c>harm</c>: none / slight / ordinary / serious.</summary>
public sealed record DiscretionBody(string? Party, bool FirstOffence, bool CorrectedPromptly, string? Harm,
    bool MitigatedHarm = false, bool NoFault = false, bool Repeat = false);
