using System.Text.Json;
using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Procedure.Actions;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Actions;

/// <summary>Sends officers (badge numbers from the roster); starts the 30-minute arrival clock.</summary>
public sealed record DispatchCase(Guid CaseId, IReadOnlyList<string>? Officers) : ICommand<Result<CaseView>>;

/// <summary>
/// The officers sent will inspect and may take evidence, so the roster judges them as for any enforcement
/// act: at least two, each with a certificate valid today covering the item's field (行政处罚法 第42条),
/// not recused from this case (第43条). Their badges are stored as the roster spells them.
/// </summary>
internal sealed class DispatchCaseHandler(CaseChanges changes, ClockKeeper clocks, ProcedureSupport support)
    : IRequestHandler<DispatchCase, Result<CaseView>>
{
    public Task<Result<CaseView>> Handle(DispatchCase request, CancellationToken ct) =>
        changes.ApplyAsync(request.CaseId, "dispatch", async (c, now) =>
        {
            var badges = (request.Officers ?? []).Select(o => o?.Trim() ?? "").Where(o => o.Length > 0)
                .Distinct().ToList();
            if (badges.Count < 2)
                return new Problem(ProblemKind.Invalid, "执法人员不得少于两人（《行政处罚法》第四十二条）",
                    new Dictionary<string, string[]> { ["officers"] = ["须派遣至少两名执法人员"] });
            var (problem, officers) = await support.CheckOfficersAsync(c, badges, party: null, now, ct);
            if (problem is not null) return problem;
            c.OfficersJson = JsonSerializer.Serialize(officers.Select(o => o.Badge));
            c.DispatchedAt = now;
            c.Status = CaseStatus.Dispatched;
            clocks.Start(c, ClockKinds.Arrival, now);
            return null;
        }, ct);
}
