using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>普通程序 from filing (立案, 第54条) through investigation (第55–56条), plus the correction order and the extension.</summary>
[ModuleService]
internal sealed class FilingSteps(ProcedureSupport support, ClockKeeper clocks, ICurrentActor actor)
{
    public async Task<Problem?> FileAsync(Case c, DateTime now, FilingBody b, CancellationToken ct)
    {
        var p = new Proceeding { CaseId = c.Id, Kind = ProcedureKind.General, StartedAt = now, Stage = ProceedingStage.Filed };
        if (ProcedureSupport.ApplyParty(p, b.Party) is { } partyProblem) return partyProblem;
        if (string.IsNullOrWhiteSpace(b.Facts)) return ProcedureSupport.Invalid("facts", "须填写涉嫌违法事实");
        if (b.ViolationOn is null) return ProcedureSupport.Invalid("violationOn", "须填写违法行为发生日期（用于核对时效）");
        if (b.ViolationEndedOn < b.ViolationOn) return ProcedureSupport.Invalid("violationEndedOn", "违法行为终了日期不能早于发生日期");
        if (TimeBarRule.Check(b.ViolationOn.Value, b.ViolationEndedOn, b.LongTimeBarReason, Deadlines.LocalDate(c.OpenedAt)) is { } barred)
            return ProcedureSupport.Refused(barred);
        var (officerProblem, officers) = await support.CheckOfficersAsync(c, b.Officers, p.PartyName, now, ct);
        if (officerProblem is not null) return officerProblem;

        p.Facts = b.Facts.Trim();
        p.ViolationOn = b.ViolationOn.Value;
        p.ViolationEndedOn = b.ViolationEndedOn;
        p.LongTimeBarReason = string.IsNullOrWhiteSpace(b.LongTimeBarReason) ? null : b.LongTimeBarReason.Trim();
        p.OfficersJson = StateRecorder.Serialize(officers)!;
        c.Proceeding = p;
        clocks.Start(c, ClockKinds.Decision, now);
        return null;
    }

    public async Task<Problem?> InvestigateAsync(Case c, DateTime now, InvestigationBody b, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(b.Summary)) return ProcedureSupport.Invalid("summary", "须填写调查取证情况");
        // 第55条: investigation and inspection are also done by at least two certified officers.
        var (officerProblem, officers) = await support.CheckOfficersAsync(c, b.Officers, c.Proceeding!.PartyName, now, ct);
        if (officerProblem is not null) return officerProblem;
        var p = c.Proceeding;
        p.InvestigationSummary = b.Summary.Trim();
        p.InvestigatedAt = now;
        p.OfficersJson = StateRecorder.Serialize(officers)!;
        p.Stage = ProceedingStage.Investigated;
        return null;
    }

    public Task<Problem?> OrderCorrection(Case c, DateTime now, CorrectionBody b)
    {
        if (string.IsNullOrWhiteSpace(b.Requirement)) return Done(ProcedureSupport.Invalid("requirement", "须填写责令改正的内容"));
        var today = Deadlines.LocalDate(now);
        if (b.Deadline is null || b.Deadline < today)
            return Done(ProcedureSupport.Invalid("deadline", "改正期限须为今天或以后的日期"));
        var p = c.Proceeding!;
        p.CorrectionRequirement = b.Requirement.Trim();
        p.CorrectionDeadline = b.Deadline;
        p.CorrectionIssuedAt = now;
        clocks.Start(c, ClockKinds.CorrectionSpec(b.Deadline.Value.DayNumber - today.DayNumber), now);
        return Done(null);
    }

    /// <summary>
    /// 第60条 sets 90 days "unless laws, regulations or rules provide otherwise": an extension names the provision that
    /// allows it, the reason and the approver (the caller, who must hold the approval role).
    /// </summary>
    public Task<Problem?> Extend(Case c, DateTime now, ExtensionBody b)
    {
        if (b.Days is not (> 0 and <= 365)) return Done(ProcedureSupport.Invalid("days", "延长天数须为 1–365 的整数"));
        if (string.IsNullOrWhiteSpace(b.Reason)) return Done(ProcedureSupport.Invalid("reason", "须填写延长理由"));
        if (string.IsNullOrWhiteSpace(b.Basis))
            return Done(ProcedureSupport.Invalid("basis", "须填写允许延长的法律、法规或规章条款（《行政处罚法》第六十条）"));
        var clock = ClockKeeper.Running(c, ClockKinds.Decision);
        if (clock is null) return Done(ProcedureSupport.Refused("作出处罚决定期限未在计时，无需延长"));
        clocks.Extend(clock, b.Days.Value, $"{b.Reason.Trim()}（依据：{b.Basis.Trim()}；批准：{actor.Name}）");
        // Granted after day 90, the overdue already flagged stays flagged in the record; the clock runs on to the new day.
        var p = c.Proceeding!;
        p.ExtensionAt = now;
        p.ExtensionApprovedBy = actor.Name;
        p.ExtensionReason = b.Reason.Trim();
        p.ExtensionBasis = b.Basis.Trim();
        p.ExtensionDays = (p.ExtensionDays ?? 0) + b.Days;
        return Done(null);
    }

    /// <summary>撤销立案 / 不予处罚 before the prior notice: the proceeding ends with a recorded reason.</summary>
    public async Task<Problem?> DropAsync(Case c, DateTime now, NoteBody b, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(b.Note)) return ProcedureSupport.Invalid("note", "须填写撤销立案或不予处罚的理由");
        var p = c.Proceeding!;
        p.ClosingNote = b.Note.Trim();
        p.ClosedAt = now;
        p.Stage = ProceedingStage.Closed;
        await clocks.StopAsync(c, ClockKinds.Decision, now, ct, note: "撤销立案");
        return null;
    }

    private static Task<Problem?> Done(Problem? p) => Task.FromResult(p);
}
