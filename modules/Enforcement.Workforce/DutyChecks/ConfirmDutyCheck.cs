using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using Enforcement.Workforce.Persistence;
using Enforcement.Workforce.Roster;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Enforcement.Workforce.DutyChecks;

/// <summary>
/// The officer answers a duty check. In time, it is confirmed; after the deadline it is refused and
/// stays missed. The endpoint has already made sure the caller is the officer checked.
/// </summary>
public sealed record ConfirmDutyCheck(Guid Id) : ICommand<Result<DutyCheckView>>;

internal sealed class ConfirmDutyCheckHandler(WorkforceDbContext db, StateRecorder recorder, TimeProvider clock)
    : IRequestHandler<ConfirmDutyCheck, Result<DutyCheckView>>
{
    public async Task<Result<DutyCheckView>> Handle(ConfirmDutyCheck r, CancellationToken ct)
    {
        var check = await db.DutyChecks.Include(c => c.Officer).FirstOrDefaultAsync(c => c.Id == r.Id, ct);
        if (check is null) return NotFound(r.Id);
        var now = clock.GetUtcNow().UtcDateTime;
        switch (check.ResultAt(now))
        {
            case DutyCheckResults.Confirmed:
                return new Problem(ProblemKind.Conflict, $"该抽查已于 {LocalText.Time(check.ConfirmedAt!.Value)} 确认");
            case DutyCheckResults.Missed:
                return new Problem(ProblemKind.Conflict,
                    $"该抽查须在 {LocalText.Time(check.DueBy)} 前确认，已超时，记为“{DutyCheckResults.Names[DutyCheckResults.Missed]}”");
        }

        var before = DutyCheckView.Record(check, check.Officer!);
        check.Result = DutyCheckResults.Confirmed;
        check.ConfirmedAt = now;
        await db.SaveChangesAsync(ct);
        await recorder.RecordAsync(check.Jurisdiction, DutyCheckIssuer.EntityType, check.Id.ToString(), "duty-check-confirmed",
            before, DutyCheckView.Record(check, check.Officer!), ct);
        return DutyCheckView.Of(check, check.Officer!, now);
    }

    public static Problem NotFound(Guid id) => new(ProblemKind.NotFound, $"在岗抽查 {id} 不存在");
}
