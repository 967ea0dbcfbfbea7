using System.Collections.Concurrent;
using MediatR;

namespace Enforcement.Shared.Messages;

/// <summary>
/// A scatter-gather question the core asks every enabled module over the bus. Each module's handler
/// adds its answer to the message; the bus time-boxes each handler and records a failing or late
/// module here instead of letting it stop the others.
/// </summary>
public abstract class ModuleQuery : INotification
{
    private readonly ConcurrentDictionary<string, string> _failures = new();

    /// <summary>Module key → why its answer is missing (exception or time-out), in Chinese.</summary>
    public IReadOnlyDictionary<string, string> Failures => _failures;

    public void ReportFailure(string moduleKey, string reason) =>
        _failures.AddOrUpdate(moduleKey, reason, (_, old) => old + "；" + reason);
}
