using System.Text.Json;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Persistence;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Primitives;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Cases.Actions;

/// <summary>
/// Records the result as the item's form data. The owning module validates it first, outside the
/// transaction; only a result the module accepted is stored.
/// </summary>
public sealed record RecordResult(Guid CaseId, Dictionary<string, JsonElement>? Data, string? Summary) : IRequest<Result<CaseView>>;

internal sealed record StoreResult(Guid CaseId, Dictionary<string, JsonElement> Data, string Summary) : ICommand<Result<CaseView>>;

internal sealed class RecordResultHandler(CasesDbContext db, IMediator mediator) : IRequestHandler<RecordResult, Result<CaseView>>
{
    public async Task<Result<CaseView>> Handle(RecordResult r, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Id == r.CaseId, ct);
        if (c is null) return new Problem(ProblemKind.NotFound, $"案件 {r.CaseId} 不存在");
        if (string.IsNullOrWhiteSpace(r.Summary))
            return new Problem(ProblemKind.Invalid, "须填写处置结果摘要", new Dictionary<string, string[]> { ["summary"] = ["须填写处置结果摘要（summary）"] });

        var data = r.Data ?? [];
        var check = new ResultValidationRequested(c.ItemCode, data);
        await mediator.Publish(check, ct);
        if (check.Failures.TryGetValue(c.Department, out var failure))
            return new Problem(ProblemKind.Unavailable, $"负责该事项的部门模块校验失败，结果未保存：{failure}");
        if (!check.OwnerAnswered)
            return new Problem(ProblemKind.Unavailable, $"事项 {c.ItemCode} 的部门模块（{c.Department}）未加载，无法校验处置结果，结果未保存");
        if (check.Errors.Count > 0)
            return new Problem(ProblemKind.Invalid, "处置结果未通过校验",
                check.Errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

        return await mediator.Send(new StoreResult(c.Id, data, r.Summary.Trim()), ct);
    }
}

internal sealed class StoreResultHandler(CaseChanges changes, ClockKeeper clocks) : IRequestHandler<StoreResult, Result<CaseView>>
{
    public Task<Result<CaseView>> Handle(StoreResult r, CancellationToken ct) =>
        changes.ApplyAsync(r.CaseId, "result", async (c, now) =>
        {
            c.ResultJson = JsonSerializer.Serialize(r.Data);
            c.ResultSummary = r.Summary;
            c.ResultAt = now;
            c.Status = CaseStatus.ResultRecorded;
            await clocks.StopAsync(c, ClockKinds.Result, now, ct);
            await clocks.StopAsync(c, ClockKinds.MajorResult, now, ct);
            return null;
        }, ct);
}
