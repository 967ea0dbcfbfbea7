using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Actions;

/// <summary>Marks a case major or complex: 1 day to a handling opinion, 15 days to a result.</summary>
public sealed record MarkMajor(Guid CaseId, string? Reason) : ICommand<Result<CaseView>>;

internal sealed class MarkMajorHandler(CaseChanges changes, ClockKeeper clocks) : IRequestHandler<MarkMajor, Result<CaseView>>
{
    public Task<Result<CaseView>> Handle(MarkMajor r, CancellationToken ct) =>
        changes.ApplyAsync(r.CaseId, "major", async (c, now) =>
        {
            if (string.IsNullOrWhiteSpace(r.Reason))
                return new Problem(ProblemKind.Invalid, "认定重大复杂案件须说明理由",
                    new Dictionary<string, string[]> { ["reason"] = ["须填写认定理由（reason）"] });
            // The 30-minute result commitment gives way to the major-case clocks; it is not "late".
            await clocks.StopAsync(c, ClockKinds.Result, now, ct, note: "转为重大复杂案件，改按 15 日时限");
            StartMajorClocks(c, clocks, now, r.Reason.Trim());
            return null;
        }, ct);

    public static void StartMajorClocks(Case c, ClockKeeper clocks, DateTime now, string reason)
    {
        c.IsMajor = true;
        c.MajorReason = reason;
        clocks.Start(c, ClockKinds.MajorOpinion, now);
        clocks.Start(c, ClockKinds.MajorResult, now);
    }
}
