using Enforcement.Inbox.Persistence;
using Enforcement.Shared.Messages.Inbox;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Enforcement.Inbox.Triage;

/// <summary>Triage of a newly received work order, whichever channel brought it.</summary>
internal sealed class TriageWorkOrderHandler(InboxDbContext db, TriageService triage, ILogger<TriageWorkOrderHandler> logger)
    : IRequestHandler<TriageWorkOrder, bool>
{
    public async Task<bool> Handle(TriageWorkOrder request, CancellationToken ct)
    {
        var text = await db.WorkOrders.AsNoTracking().Where(w => w.Id == request.WorkOrderId).Select(w => w.Text).FirstOrDefaultAsync(ct);
        if (text is null) return false;
        try
        {
            return (await triage.TriageAsync(request.WorkOrderId, text, ct)).Ok;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The work order is already safely stored; it waits in the inbox for triage to be re-run.
            logger.LogError(ex, "Triage of work order {Id} failed", request.WorkOrderId);
            return false;
        }
    }
}
