using Enforcement.Catalogue.Persistence;
using Enforcement.Shared.Catalogue;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Modules;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Catalogue.Delegations;

/// <summary>
/// The district changes how an item is delegated, from a day on. The delegation in force ends the
/// day before; open cases keep the delegation they were filed under.
/// </summary>
public sealed record ChangeDelegation(string? Jurisdiction, string? ItemCode, string? Mode, DateOnly? EffectiveFrom,
    string? DocumentNumber, string? Reason) : ICommand<Result<DelegationView>>;

internal sealed class ChangeDelegationHandler(
    CatalogueDbContext db, ILoadedModules modules, IOptions<JurisdictionOptions> jurisdictions, StateRecorder recorder,
    ICurrentActor actor, TimeProvider clock) : IRequestHandler<ChangeDelegation, Result<DelegationView>>
{
    public async Task<Result<DelegationView>> Handle(ChangeDelegation r, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var jurisdiction = jurisdictions.Value.Resolve(r.Jurisdiction);
        if (jurisdiction is null) errors["jurisdiction"] = [$"未知或未注明的街道：{r.Jurisdiction}"];
        var item = modules.All.SelectMany(m => m.Items).FirstOrDefault(i => i.Code == r.ItemCode);
        if (item is null) errors["itemCode"] = [$"没有编号为 {r.ItemCode} 的执法事项（或其模块未启用）"];
        var mode = DelegationModeNames.Parse(r.Mode);
        if (mode is null) errors["mode"] = ["委托方式须为 dispatched（派驻执法）、joint（联合执法）或 not-delegated（未委托）"];
        var today = LocalDay.Today(clock);
        if (r.EffectiveFrom is null) errors["effectiveFrom"] = ["须给出生效日期（effectiveFrom，如 2026-12-01）"];
        else if (r.EffectiveFrom < today) errors["effectiveFrom"] = [$"生效日期不能早于今天（{today:yyyy-MM-dd}）：委托调整不溯及既往"];
        if (mode is not null and not DelegationMode.NotDelegated && string.IsNullOrWhiteSpace(r.DocumentNumber))
            errors["documentNumber"] = ["派驻或联合执法须注明委托文件文号（documentNumber）"];
        if (string.IsNullOrWhiteSpace(r.Reason)) errors["reason"] = ["须说明调整理由（reason）"];
        if (errors.Count > 0) return new Problem(ProblemKind.Invalid, "委托调整的数据不完整或有误", errors);

        var from = r.EffectiveFrom!.Value;
        var rows = await db.Delegations.Where(d => d.Jurisdiction == jurisdiction!.Code && d.ItemCode == item!.Code).ToListAsync(ct);
        var later = rows.FirstOrDefault(d => d.EffectiveFrom >= from);
        if (later is not null)
            return new Problem(ProblemKind.Conflict, $"事项 {item!.Code} 已有 {later.EffectiveFrom:yyyy-MM-dd} 起生效的委托，新的调整须晚于该日期");

        var current = rows.Where(d => d.EffectiveTo is null || d.EffectiveTo >= from).MaxBy(d => d.EffectiveFrom);
        object? before = current is null ? null : DelegationView.Of(current);
        if (current is not null) current.EffectiveTo = from.AddDays(-1);
        var row = new Delegation
        {
            Id = Guid.CreateVersion7(), Jurisdiction = jurisdiction!.Code, ItemCode = item!.Code, Department = item.Department,
            Mode = mode!.Value.Code(), EffectiveFrom = from, DocumentNumber = r.DocumentNumber?.Trim(), Reason = r.Reason!.Trim(),
            RecordedAt = clock.GetUtcNow().UtcDateTime, RecordedBy = actor.Name,
        };
        db.Delegations.Add(row);
        await db.SaveChangesAsync(ct);
        var view = DelegationView.Of(row);
        await recorder.RecordAsync(row.Jurisdiction, "delegation", row.ItemCode, "delegation-changed", before, view, ct);
        return view;
    }
}
