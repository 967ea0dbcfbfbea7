using System.Collections.Concurrent;
using Enforcement.Shared.Messages.Cases;
using MediatR;

namespace Enforcement.Tests.Support;

/// <summary>Listens on the bus for <see cref="CaseOverdue"/>, as any module could.</summary>
internal sealed class OverdueLog
{
    public ConcurrentQueue<CaseOverdue> Received { get; } = new();
}

internal sealed class OverdueRecorder(OverdueLog log) : INotificationHandler<CaseOverdue>
{
    public Task Handle(CaseOverdue notification, CancellationToken cancellationToken)
    {
        log.Received.Enqueue(notification);
        return Task.CompletedTask;
    }
}
