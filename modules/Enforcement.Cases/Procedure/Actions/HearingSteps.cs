using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Primitives;
using Microsoft.Extensions.Options;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>
/// The party's rights before a decision: the prior notice (告知, 第44条), statement and defence (陈述申辩, 第45条)
/// and the hearing (听证, 第63–65条).
/// </summary>
[ModuleService]
internal sealed class HearingSteps(ClockKeeper clocks, WorkingCalendar calendar, IOptions<ProcedureOptions> options)
{
    public Task<Problem?> NotifyAsync(Case c, DateTime now, NoticeBody b, CancellationToken ct)
    {
        var p = c.Proceeding!;
        if (!Penalties.IsKnown(b.Kind) || b.Kind == Penalties.None)
            return Done(ProcedureSupport.Invalid("kind", "拟作出的处罚种类须为 warning（警告）或 fine（罚款）"));
        var party = Penalties.Party(p.PartyKind);
        var item = ItemSnapshot.Of(c);
        var range = StatutoryRangeRule.Check(item.Penalty, item.PenaltyCitation, party, b.Kind!, b.Amount);
        if (range.Problem is not null) return Done(ProcedureSupport.Refused(range.Problem));

        var today = Deadlines.LocalDate(now);
        var threshold = party == Shared.Catalogue.PartyKind.Organisation
            ? options.Value.HearingThresholdOrganisation : options.Value.HearingThresholdIndividual;
        p.NoticeAt = now;
        p.ProposedKind = b.Kind;
        p.ProposedAmount = b.Kind == Penalties.Fine ? b.Amount : null;
        p.HearingRight = HearingRules.Grants(b.Kind!, b.Amount, threshold);
        p.StatementDeadline = calendar.AddWorkingDays(today, options.Value.StatementWorkingDays);
        clocks.Start(c, ClockKinds.Statement, now);
        if (p.HearingRight)
        {
            p.HearingRequestDeadline = calendar.AddWorkingDays(today, 5);
            clocks.Start(c, ClockKinds.HearingRequest, now);
        }
        p.Stage = ProceedingStage.Notified;
        return Done(null);
    }

    public async Task<Problem?> StatementAsync(Case c, DateTime now, StatementBody b, CancellationToken ct)
    {
        if (!b.Waived && string.IsNullOrWhiteSpace(b.Statement))
            return ProcedureSupport.Invalid("statement", "须记录当事人的陈述、申辩意见，或注明当事人明确放弃（waived）");
        var p = c.Proceeding!;
        p.StatementAt = now;
        p.StatementWaived = b.Waived;
        p.Statement = b.Waived ? "当事人明确放弃陈述、申辩（及听证）权利" : b.Statement!.Trim();
        await clocks.StopAsync(c, ClockKinds.Statement, now, ct);
        // A party who waives its rights outright also waives the hearing (第62条 "明确放弃").
        if (b.Waived && p.HearingRequestedAt is null) await clocks.StopAsync(c, ClockKinds.HearingRequest, now, ct, note: "当事人明确放弃");
        return null;
    }

    public async Task<Problem?> RequestAsync(Case c, DateTime now, HearingRequestBody b, CancellationToken ct)
    {
        var p = c.Proceeding!;
        var on = b.RequestedOn ?? Deadlines.LocalDate(now);
        if (on > Deadlines.LocalDate(now)) return ProcedureSupport.Invalid("requestedOn", "提出日期不能晚于今天");
        if (HearingRules.CheckRequest(on, p.HearingRequestDeadline!.Value) is { } late) return ProcedureSupport.Refused(late);
        p.HearingRequestedAt = now;
        await clocks.StopAsync(c, ClockKinds.HearingRequest, now, ct);
        return null;
    }

    public Task<Problem?> Schedule(Case c, DateTime now, HearingScheduleBody b)
    {
        var p = c.Proceeding!;
        if (b.At is null) return Done(ProcedureSupport.Invalid("at", "须填写听证时间"));
        if (string.IsNullOrWhiteSpace(b.Place)) return Done(ProcedureSupport.Invalid("place", "须填写听证地点"));
        if (string.IsNullOrWhiteSpace(b.Host)) return Done(ProcedureSupport.Invalid("host", "须指定听证主持人"));
        // 第64条第（四）项: the host is not one of the officers who investigated the case.
        var investigators = p.Officers();
        if (investigators.Any(o => o.Name == b.Host.Trim() || o.Badge == b.Host.Trim()))
            return Done(ProcedureSupport.Refused("听证由行政机关指定的非本案调查人员主持（《行政处罚法》第六十四条第（四）项）"));
        var today = Deadlines.LocalDate(now);
        var hearingDay = DateOnly.FromDateTime(b.At.Value.ToOffset(LocalDay.Offset).DateTime);
        if (HearingRules.CheckNotice(today, hearingDay, calendar.AddWorkingDays(today, 7)) is { } tooSoon)
            return Done(ProcedureSupport.Refused(tooSoon));
        p.HearingNoticeAt = now;
        p.HearingScheduledAt = b.At.Value.UtcDateTime;
        p.HearingPlace = b.Place.Trim();
        p.HearingHost = b.Host.Trim();
        return Done(null);
    }

    public Task<Problem?> Hold(Case c, DateTime now, HearingHeldBody b)
    {
        var p = c.Proceeding!;
        if (now < p.HearingScheduledAt) return Done(ProcedureSupport.Refused($"听证定于 {p.HearingScheduledAt:yyyy-MM-dd HH:mm}（UTC），尚未到时间"));
        if (string.IsNullOrWhiteSpace(b.Record)) return Done(ProcedureSupport.Invalid("record", "须记录听证笔录要点（《行政处罚法》第六十四条第（八）项）"));
        p.HearingRecord = b.Record.Trim();
        if (b.PartyAppeared) p.HearingHeldAt = now;
        else p.HearingWaived = true;   // 第64条第（六）项: absent without good reason → the right is waived.
        return Done(null);
    }

    private static Task<Problem?> Done(Problem? p) => Task.FromResult(p);
}
