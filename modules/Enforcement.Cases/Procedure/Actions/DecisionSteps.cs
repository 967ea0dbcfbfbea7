using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Cases.Procedure.Rules;
using Enforcement.Shared.Infrastructure;
using Enforcement.Shared.Infrastructure.Bus;
using Enforcement.Shared.Primitives;
using Microsoft.Extensions.Options;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>Legal review (法制审核, 第58条) and the decision (第57条、第59条、第60条) with every rule that guards it.</summary>
[ModuleService]
internal sealed class DecisionSteps(
    ProcedureSupport support, DecisionNumbers numbers, ClockKeeper clocks, ICurrentActor actor, IOptions<ProcedureOptions> options)
{
    public Task<Problem?> Review(Case c, DateTime now, LegalReviewBody b)
    {
        if (b.Passed is null) return Task.FromResult<Problem?>(ProcedureSupport.Invalid("passed", "须填写审核结论（passed：通过/不通过）"));
        if (string.IsNullOrWhiteSpace(b.Opinion)) return Task.FromResult<Problem?>(ProcedureSupport.Invalid("opinion", "须填写法制审核意见"));
        var p = c.Proceeding!;
        p.ReviewAt = now;
        p.Reviewer = actor.Name;
        p.ReviewPassed = b.Passed;
        p.ReviewOpinion = b.Opinion.Trim();
        return Task.FromResult<Problem?>(null);
    }

    public async Task<Problem?> DecideAsync(Case c, DateTime now, DecisionBody b, CancellationToken ct)
    {
        var p = c.Proceeding!;
        if (!Penalties.IsKnown(b.Kind)) return ProcedureSupport.Invalid("kind", "处罚种类须为 warning（警告）、fine（罚款）或 no-penalty（不予行政处罚）");
        var kind = b.Kind!;
        var amount = kind == Penalties.Fine ? b.Amount : null;
        if (kind == Penalties.None && string.IsNullOrWhiteSpace(b.Text))
            return ProcedureSupport.Invalid("text", "不予行政处罚须写明理由（《行政处罚法》第五十七条第一款第（二）、（三）项）");
        var today = Deadlines.LocalDate(now);
        if (PriorNoticeRule.Check(p, today) is { } notHeard) return ProcedureSupport.Refused(notHeard);

        var decisionClock = c.Clocks.Where(k => k.Kind == ClockKinds.Decision).OrderByDescending(k => k.StartedAt).First();
        if (DecisionDeadlineRule.Check(decisionClock.DueAt, now, decisionClock.ExtendedBy > 0) is { } late) return ProcedureSupport.Refused(late);

        var party = Penalties.Party(p.PartyKind);
        var item = ItemSnapshot.Of(c);
        var range = StatutoryRangeRule.Check(item.Penalty, item.PenaltyCitation, party, kind, amount);
        if (range.Problem is not null) return ProcedureSupport.Refused(range.Problem);
        var band = await support.BandAsync(c, party, b.Circumstances, ct);
        var discretion = DiscretionBandRule.Check(band?.Fine, kind, amount, b.DeviationReason);
        if (discretion.Problem is not null) return ProcedureSupport.Refused(discretion.Problem);
        var argued = p.StatementAt is not null && !p.StatementWaived || p.HearingHeldAt is not null;
        if (NoHeavierPenaltyRule.Check(p.ProposedKind!, p.ProposedAmount, kind, amount, argued) is { } heavier)
            return ProcedureSupport.Refused(heavier);
        var reviewReasons = LegalReviewRule.Reasons(p.HearingHeldAt is not null, c.IsMajor, discretion.Deviates,
            range.Unchecked || (kind == Penalties.Fine && band?.Fine is null), amount, options.Value.LegalReviewThreshold);
        if (LegalReviewRule.Check(reviewReasons, p.ReviewPassed) is { } unreviewed) return ProcedureSupport.Refused(unreviewed);

        p.DecisionNumber = kind == Penalties.None ? null : await numbers.NextAsync(c, now, onTheSpot: false, ct);
        p.DecidedAt = now;
        p.DecisionKind = kind;
        p.DecisionAmount = amount;
        p.DeviationReason = discretion.Deviates ? b.DeviationReason!.Trim() : null;
        p.DiscretionJson = StateRecorder.Serialize(band);
        p.DecisionText = kind == Penalties.None
            ? $"决定对当事人{p.PartyName}不予行政处罚。理由：{b.Text!.Trim()}"
            : $"依据{item.PenaltyCitation}，决定给予当事人{p.PartyName}{Penalties.Describe(kind, amount)}的行政处罚。" +
              (string.IsNullOrWhiteSpace(b.Text) ? "" : b.Text.Trim());
        p.Stage = ProceedingStage.Decided;
        await clocks.StopAsync(c, ClockKinds.Decision, now, ct);
        clocks.Start(c, ClockKinds.Service, now);
        return null;
    }
}
