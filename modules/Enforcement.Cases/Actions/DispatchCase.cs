using System.Text.Json;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Actions;

/// <summary>Sends officers; starts the 30-minute arrival clock.</summary>
public sealed record DispatchCase(Guid CaseId, IReadOnlyList<string>? Officers) : ICommand<Result<CaseView>>;

internal sealed class DispatchCaseHandler(CaseChanges changes, ClockKeeper clocks) : IRequestHandler<DispatchCase, Result<CaseView>>
{
    public Task<Result<CaseView>> Handle(DispatchCase request, CancellationToken ct) =>
        changes.ApplyAsync(request.CaseId, "dispatch", (c, now) =>
        {
            var officers = (request.Officers ?? []).Select(o => o?.Trim() ?? "").Where(o => o.Length > 0)
                .Distinct().ToList();
            // 行政处罚法 第四十二条: enforcement is carried out by no fewer than two officers.
            if (officers.Count < 2)
                return Task.FromResult<Problem?>(new Problem(ProblemKind.Invalid, "执法人员不得少于两人（《行政处罚法》第四十二条）",
                    new Dictionary<string, string[]> { ["officers"] = ["须派遣至少两名执法人员"] }));
            c.OfficersJson = JsonSerializer.Serialize(officers);
            c.DispatchedAt = now;
            c.Status = CaseStatus.Dispatched;
            clocks.Start(c, ClockKinds.Arrival, now);
            return Task.FromResult<Problem?>(null);
        }, ct);
}
