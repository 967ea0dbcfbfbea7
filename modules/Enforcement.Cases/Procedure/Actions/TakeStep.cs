using Enforcement.Cases.Cases;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Procedure.Actions;

/// <summary>
/// One step of the penalty procedure, or a change to a case clock. <paramref name="Action"/> is the action code the
/// case lists as allowed; <paramref name="Body"/> the step's input.
/// </summary>
public sealed record TakeStep(Guid CaseId, string Action, object Body) : ICommand<Result<CaseView>>;

internal sealed class TakeStepHandler(
    CaseChanges changes, SimpleSteps simple, FilingSteps filing, HearingSteps hearing, DecisionSteps decision,
    ExecutionSteps execution, ClockSteps clocks) : IRequestHandler<TakeStep, Result<CaseView>>
{
    public Task<Result<CaseView>> Handle(TakeStep r, CancellationToken ct) =>
        changes.ApplyAsync(r.CaseId, r.Action, (c, now) => (r.Action, r.Body) switch
        {
            ("simple-decision", SimpleDecisionBody b) => simple.DecideAsync(c, now, b, ct),
            ("file", FilingBody b) => filing.FileAsync(c, now, b, ct),
            ("investigate", InvestigationBody b) => filing.InvestigateAsync(c, now, b, ct),
            ("correction", CorrectionBody b) => filing.OrderCorrection(c, now, b),
            ("extend", ExtensionBody b) => filing.Extend(c, now, b),
            ("drop", NoteBody b) => filing.DropAsync(c, now, b, ct),
            ("notify", NoticeBody b) => hearing.NotifyAsync(c, now, b, ct),
            ("statement", StatementBody b) => hearing.StatementAsync(c, now, b, ct),
            ("request-hearing", HearingRequestBody b) => hearing.RequestAsync(c, now, b, ct),
            ("schedule-hearing", HearingScheduleBody b) => hearing.Schedule(c, now, b),
            ("hold-hearing", HearingHeldBody b) => hearing.Hold(c, now, b),
            ("legal-review", LegalReviewBody b) => decision.Review(c, now, b),
            ("decide", DecisionBody b) => decision.DecideAsync(c, now, b, ct),
            ("serve", ServiceBody b) => execution.ServeAsync(c, now, b, ct),
            ("pay", PaymentBody b) => execution.PayAsync(c, now, b, ct),
            ("close-proceeding", NoteBody b) => execution.Close(c, now, b),
            ("archive", NoteBody b) => execution.ArchiveAsync(c, now, ct),
            ("pause-clock", ClockChangeBody b) => clocks.Pause(c, now, b),
            ("resume-clock", ClockChangeBody b) => clocks.Resume(c, now, b),
            ("extend-clock", ClockChangeBody b) => clocks.Extend(c, b),
            _ => throw new InvalidOperationException($"no step handles action {r.Action} with {r.Body.GetType().Name}"),
        }, ct);
}
