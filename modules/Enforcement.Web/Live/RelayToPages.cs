using Enforcement.Shared.Messages.Audit;
using Enforcement.Shared.Messages.Cases;
using MediatR;

namespace Enforcement.Web.Live;

/// <summary>Passes recorded changes to the scope's outbox, reduced to what pages may be told.</summary>
internal sealed class RelayStateChanged(LiveOutbox outbox) : INotificationHandler<StateChanged>
{
    public Task Handle(StateChanged notification, CancellationToken cancellationToken)
    {
        if (LiveRelayRule.Relay(notification) is { } change) outbox.Add(change);
        return Task.CompletedTask;
    }
}

/// <summary>Passes a clock that ran out to the scope's outbox, for the command room's alert.</summary>
internal sealed class RelayCaseOverdue(LiveOutbox outbox) : INotificationHandler<CaseOverdue>
{
    public Task Handle(CaseOverdue notification, CancellationToken cancellationToken)
    {
        outbox.Add(new LiveOverdue(notification.CaseId, notification.Clock));
        return Task.CompletedTask;
    }
}
