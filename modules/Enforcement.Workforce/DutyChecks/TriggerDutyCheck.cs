using Enforcement.Shared.Infrastructure.Web;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// A commander checks now: the named officer, or a random one of those on duty. The officer has the
/// usual number of minutes to confirm.
/// </summary>
public sealed record TriggerDutyCheck(string? Badge, string? Jurisdiction) : ICommand<Result<DutyCheckView>>;

internal sealed class TriggerDutyCheckHandler(
    WorkforceDbContext db, DutyCheckIssuer issuer, RosterChanges roster, IOptions<JurisdictionOptions> jurisdictions,
    IRandomSource random, TimeProvider clock) : IRequestHandler<TriggerDutyCheck, Result<DutyCheckView>>
{
    public async Task<Result<DutyCheckView>> Handle(TriggerDutyCheck r, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var awaiting = await issuer.AwaitingAnswerAsync(now, ct);
        Officer? officer;
        if (!string.IsNullOrWhiteSpace(r.Badge))
        {
            officer = await roster.FindAsync(r.Badge, ct);
            if (officer is null) return RosterChanges.NotOnRoster(r.Badge);
            if (!officer.Active) return new Problem(ProblemKind.Conflict, $"{officer.Label} 已停用，不能抽查");
            if (officer.Duty != DutyStatuses.OnDuty)
                return new Problem(ProblemKind.Conflict, $"{officer.Label} 当前为“{DutyStatuses.Names[officer.Duty]}”，不在岗，无需抽查");
            if (awaiting.Contains(officer.Id)) return new Problem(ProblemKind.Conflict, $"{officer.Label} 已有一次待确认的抽查");
        }
        else
        {
            var jurisdiction = jurisdictions.Value.Resolve(r.Jurisdiction);
            if (jurisdiction is null)
                return new Problem(ProblemKind.Invalid, "街道无效", new Dictionary<string, string[]> { ["jurisdiction"] = [$"未知或未注明的街道：{r.Jurisdiction}"] });
            var onDuty = await db.Officers.Where(o => o.Jurisdiction == jurisdiction.Code && o.Active && o.Duty == DutyStatuses.OnDuty).ToListAsync(ct);
            officer = OfficerPicker.Pick(onDuty, awaiting, random);
            if (officer is null) return new Problem(ProblemKind.Conflict, "当前没有可抽查的在岗执法人员（无人在岗，或在岗人员都有待确认的抽查）");
        }
        var check = await issuer.IssueAsync(officer, DutyCheckTriggers.Commander, null, now, ct);
        return DutyCheckView.Of(check, officer, now);
    }
}
