using Enforcement.Shared.Infrastructure;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Cases.Cases;

/// <summary>
/// The one way a case changes: load it, check the procedure allows the action now, apply the change,
/// save, and record the before and after.
/// </summary>
[ModuleService]
internal sealed class CaseChanges(CasesDbContext db, StateRecorder recorder, TimeProvider clock)
{
    public async Task<Result<CaseView>> ApplyAsync(Guid id, string action, Func<Case, DateTime, Task<Problem?>> change, CancellationToken ct)
    {
        var c = await db.Cases.Include(x => x.Clocks).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null) return new Problem(ProblemKind.NotFound, $"案件 {id} 不存在");
        if (!CaseStates.AllowedActions(c).Contains(action))
            return new Problem(ProblemKind.Conflict,
                $"案件 {c.Number} 当前状态为“{CaseStates.Name(c.Status)}”，不能执行“{action}”；可执行：{string.Join("、", CaseStates.AllowedActions(c))}");

        var now = clock.GetUtcNow().UtcDateTime;
        var before = CaseRecord.Of(c);
        var problem = await change(c, now);
        if (problem is not null) return problem;
        c.Revision++;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(c.Jurisdiction, "case", c.Id.ToString(), action, before, CaseRecord.Of(c), ct);
        return CaseView.Of(c, now);
    }
}

/// <summary>The state of a case as the record keeps it: every field that changes, without the snapshots.</summary>
internal static class CaseRecord
{
    public static object Of(Case c) => new
    {
        c.Number, c.ItemCode, c.ItemVersion, status = CaseStates.Code(c.Status), c.IsMajor, c.MajorReason, c.IsOverdue,
        c.OfficersJson, c.DispatchedAt, c.ArrivedAt, c.ArrivalLatitude, c.ArrivalLongitude, c.ArrivalAddress,
        c.OpinionAt, c.Opinion, c.ResultAt, c.ResultJson, c.ResultSummary, c.ClosedAt, c.Satisfaction,
        c.SatisfactionComment, c.ArchivedAt, c.ArchivedBy, c.Revision, proceeding = c.Proceeding,
        clocks = c.Clocks.OrderBy(k => k.StartedAt).Select(k => new
        {
            k.Kind, k.DueAt, k.StoppedAt, k.StopNote, k.OverdueAt, k.PausedAt, k.PauseReason, k.ExtendedBy, k.ExtensionReason,
        }),
    };
}
