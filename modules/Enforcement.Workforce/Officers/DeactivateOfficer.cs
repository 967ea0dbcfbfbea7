using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Roster;
using MediatR;

namespace Enforcement.Workforce.Officers;

/// <summary>
/// An officer leaves the brigade: the entry stays (its certificates, acknowledgements and the cases
/// it acted on still refer to it) and is marked inactive, with the reason on the record.
/// </summary>
public sealed record DeactivateOfficer(string? Badge, string? Reason) : ICommand<Result<OfficerView>>;

internal sealed class DeactivateOfficerHandler(RosterChanges changes) : IRequestHandler<DeactivateOfficer, Result<OfficerView>>
{
    public Task<Result<OfficerView>> Handle(DeactivateOfficer r, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(r.Reason))
            return Task.FromResult<Result<OfficerView>>(new Problem(ProblemKind.Invalid, "停用须说明理由", new Dictionary<string, string[]>
            {
                ["reason"] = ["停用理由（reason）为必填项，如“调离大队”“退休”"],
            }));
        return changes.ApplyAsync(r.Badge, "officer-deactivated", (o, now) =>
        {
            if (!o.Active) return new Problem(ProblemKind.Conflict, $"{o.Label} 已于 {LocalText.Day(o.DeactivatedAt)} 停用");
            o.Active = false;
            o.DeactivatedAt = now;
            o.DeactivationReason = r.Reason.Trim();
            o.Duty = DutyStatuses.OffDuty;
            o.DutySince = now;
            return null;
        }, ct);
    }
}
