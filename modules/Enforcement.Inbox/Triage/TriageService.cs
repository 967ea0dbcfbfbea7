using Enforcement.Shared.Infrastructure;
using Enforcement.Inbox.WorkOrders;
using Enforcement.Shared.Primitives;
using MediatR;

namespace Enforcement.Inbox.Triage;

/// <summary>
/// Triage in two steps: ask the modules outside any transaction (they may be slow), then store the
/// answer in a short one. A module's slowness never holds the database.
/// </summary>
[ModuleService]
internal sealed class TriageService(IMediator mediator)
{
    public async Task<Result<WorkOrderView>> TriageAsync(Guid workOrderId, string text, CancellationToken ct)
    {
        var answer = await mediator.Send(new SuggestItems(text), ct);
        return await mediator.Send(new RecordTriage(workOrderId, answer), ct);
    }
}
