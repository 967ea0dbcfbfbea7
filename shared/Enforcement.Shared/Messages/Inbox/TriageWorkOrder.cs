using MediatR;

namespace Enforcement.Shared.Messages.Inbox;

/// <summary>
/// Triages a stored work order (asks the modules and the routing model, links a "me too"). A failure
/// leaves the order stored, waiting for triage to be re-run; the answer says whether it ran.
/// </summary>
public sealed record TriageWorkOrder(Guid WorkOrderId) : IRequest<bool>;
