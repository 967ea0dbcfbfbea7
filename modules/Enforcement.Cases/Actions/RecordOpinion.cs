using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Actions;

/// <summary>The handling opinion a major case owes within one day.</summary>
public sealed record RecordOpinion(Guid CaseId, string? Opinion) : ICommand<Result<CaseView>>;

internal sealed class RecordOpinionHandler(CaseChanges changes, ClockKeeper clocks) : IRequestHandler<RecordOpinion, Result<CaseView>>
{
    public Task<Result<CaseView>> Handle(RecordOpinion r, CancellationToken ct) =>
        changes.ApplyAsync(r.CaseId, "opinion", async (c, now) =>
        {
            if (string.IsNullOrWhiteSpace(r.Opinion))
                return new Problem(ProblemKind.Invalid, "处置意见不能为空",
                    new Dictionary<string, string[]> { ["opinion"] = ["须填写处置意见（opinion）"] });
            c.Opinion = r.Opinion.Trim();
            c.OpinionAt = now;
            await clocks.StopAsync(c, ClockKinds.MajorOpinion, now, ct);
            return null;
        }, ct);
}
