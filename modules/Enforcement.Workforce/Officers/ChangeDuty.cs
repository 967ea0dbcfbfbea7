using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Roster;
using MediatR;

namespace Enforcement.Workforce.Officers;

/// <summary>Sets an officer's duty status: on-duty (在岗), off-duty (离岗) or on-leave (请假), from now.</summary>
public sealed record ChangeDuty(string? Badge, string? Status) : ICommand<Result<OfficerView>>;

internal sealed class ChangeDutyHandler(RosterChanges changes) : IRequestHandler<ChangeDuty, Result<OfficerView>>
{
    public Task<Result<OfficerView>> Handle(ChangeDuty r, CancellationToken ct)
    {
        var status = r.Status?.Trim() ?? "";
        if (!DutyStatuses.Names.ContainsKey(status))
            return Task.FromResult<Result<OfficerView>>(new Problem(ProblemKind.Invalid, "在岗状态无效", new Dictionary<string, string[]>
            {
                ["status"] = ["在岗状态（status）须为 on-duty（在岗）、off-duty（离岗）或 on-leave（请假）"],
            }));
        return changes.ApplyAsync(r.Badge, "duty-changed", (o, now) =>
        {
            if (!o.Active) return new Problem(ProblemKind.Conflict, $"{o.Label} 已停用，不能调整在岗状态");
            if (o.Duty == status) return new Problem(ProblemKind.Conflict, $"{o.Label} 已是“{DutyStatuses.Names[status]}”状态");
            o.Duty = status;
            o.DutySince = now;
            return null;
        }, ct);
    }
}
