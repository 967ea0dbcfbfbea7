using Enforcement.Cases.Cases;
using Enforcement.Cases.Clocks;
using Enforcement.Shared.Messages.Cases;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Cases.Actions;

/// <summary>Closes a case whose result is recorded; the work order behind it closes with it.</summary>
public sealed record CloseCase(Guid CaseId) : ICommand<Result<CaseView>>;

internal sealed class CloseCaseHandler(CaseChanges changes, IMediator mediator) : IRequestHandler<CloseCase, Result<CaseView>>
{
    public Task<Result<CaseView>> Handle(CloseCase r, CancellationToken ct) =>
        changes.ApplyAsync(r.CaseId, "close", async (c, now) =>
        {
            if (c.IsMajor && c.OpinionAt is null)
                return new Problem(ProblemKind.Conflict, "重大复杂案件须先提出处置意见才能结案");
            c.ClosedAt = now;
            c.Status = CaseStatus.Closed;
            await mediator.Publish(new CaseClosed(c.Id, c.WorkOrderId, new DateTimeOffset(now)), ct);
            return null;
        }, ct);
}
