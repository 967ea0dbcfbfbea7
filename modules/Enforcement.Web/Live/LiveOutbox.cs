using Enforcement.Shared.Infrastructure;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;

namespace Enforcement.Web.Live;

/// <summary>
/// Holds a scope's live messages until the scope ends. Changes are published inside the transaction
/// that makes them, so telling pages at once would let a page reload before the change is committed
/// and miss it; the scope (a request or a job) ends only after its transaction has committed.
/// A refused command that rolled back may still send a hint; a page that reloads finds nothing new.
/// </summary>
[ModuleService]
internal sealed class LiveOutbox(IHubContext<LiveHub> hub, ILogger<LiveOutbox> logger) : IDisposable, IAsyncDisposable
{
    private readonly List<LiveChange> _changes = [];
    private readonly List<LiveOverdue> _overdue = [];
    private bool _sent;

    public void Add(LiveChange change)
    {
        lock (_changes) if (!_changes.Contains(change)) _changes.Add(change);
    }

    public void Add(LiveOverdue overdue)
    {
        lock (_changes) _overdue.Add(overdue);
    }

    public ValueTask DisposeAsync() => new(SendAsync());

    // Hangfire ends a job's scope synchronously; the hub context outlives the scope, so send in the background.
    public void Dispose() => _ = SendAsync();

    private async Task SendAsync()
    {
        LiveChange[] changes;
        LiveOverdue[] overdue;
        lock (_changes)
        {
            if (_sent) return;
            _sent = true;
            changes = [.. _changes];
            overdue = [.. _overdue];
        }
        try
        {
            foreach (var c in changes) await hub.Clients.All.SendAsync(LiveHub.Changed, c);
            foreach (var o in overdue) await hub.Clients.All.SendAsync(LiveHub.Overdue, o);
        }
        catch (Exception ex)
        {
            // A page that misses a hint reloads on its next one; the change itself is safe.
            logger.LogWarning(ex, "Live hint not sent");
        }
    }
}
