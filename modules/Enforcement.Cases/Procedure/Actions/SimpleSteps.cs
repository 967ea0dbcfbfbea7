using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>
/// 简易程序 (行政处罚法 第51–53条): officers decide on the spot and hand the decision to the party at once, so
/// decision and service are one step; a fine then runs the 15-day payment period.
/// </summary>
[ModuleService]
internal sealed class SimpleSteps(ProcedureSupport support, DecisionNumbers numbers, ClockKeeper clocks)
{
    public async Task<Problem?> DecideAsync(Case c, DateTime now, SimpleDecisionBody b, CancellationToken ct)
    {
        var p = new Proceeding { CaseId = c.Id, Kind = ProcedureKind.Simple, StartedAt = now };
        if (ProcedureSupport.ApplyParty(p, b.Party) is { } partyProblem) return partyProblem;
        if (string.IsNullOrWhiteSpace(b.Facts)) return ProcedureSupport.Invalid("facts", "须填写违法事实");
        if (!Penalties.IsKnown(b.Kind) || b.Kind == Penalties.None)
            return ProcedureSupport.Invalid("kind", "处罚种类须为 warning（警告）或 fine（罚款）");
        var today = Deadlines.LocalDate(now);
        var party = Penalties.Party(p.PartyKind);
        var item = ItemSnapshot.Of(c);

        if (SimpleProcedureLimitRule.Check(b.Kind!, b.Amount, party) is { } overLimit) return ProcedureSupport.Refused(overLimit);
        if (TimeBarRule.Check(b.ViolationOn ?? today, null, null, Deadlines.LocalDate(c.OpenedAt)) is { } barred)
            return ProcedureSupport.Refused(barred);
        var range = StatutoryRangeRule.Check(item.Penalty, item.PenaltyCitation, party, b.Kind!, b.Amount);
        if (range.Problem is not null) return ProcedureSupport.Refused(range.Problem);
        if (range.Unchecked)
            return ProcedureSupport.Refused("该事项罚款幅度由地方规定或按倍数计算，系统无法当场核对，须适用普通程序并经法制审核");
        var band = await support.BandAsync(c, party, b.Circumstances, ct);
        var discretion = DiscretionBandRule.Check(band?.Fine, b.Kind!, b.Amount, null);
        if (discretion.Deviates)
            return ProcedureSupport.Refused($"当场罚款须在裁量基准区间 {band!.Fine!.Min:0.##}–{band.Fine.Max:0.##} 元内；超出基准须适用普通程序并经法制审核");

        var (officerProblem, officers) = await support.CheckOfficersAsync(c, b.Officers, p.PartyName, now, ct);
        if (officerProblem is not null) return officerProblem;

        p.Facts = b.Facts.Trim();
        p.ViolationOn = b.ViolationOn ?? today;
        p.OfficersJson = StateRecorder.Serialize(officers)!;
        p.DiscretionJson = StateRecorder.Serialize(band);
        p.DecisionNumber = await numbers.NextAsync(c, now, onTheSpot: true, ct);
        p.DecidedAt = now;
        p.DecisionKind = b.Kind;
        p.DecisionAmount = b.Kind == Penalties.Fine ? b.Amount : null;
        p.DecisionText = $"依据{item.PenaltyCitation}，决定给予当事人{p.PartyName}{Penalties.Describe(b.Kind!, p.DecisionAmount)}的行政处罚。";
        // 第52条: the decision is handed to the party on the spot.
        p.ServedAt = now;
        p.ServiceMethod = "当场交付";
        p.ServiceRecipient = p.PartyName;
        p.ServicePlace = c.ArrivalAddress;
        p.Stage = ProceedingStage.Served;
        if (p.DecisionKind == Penalties.Fine)
        {
            clocks.Start(c, ClockKinds.Payment, now);
            p.PaymentDueOn = today.AddDays(15);
        }
        c.Proceeding = p;
        return null;
    }
}
