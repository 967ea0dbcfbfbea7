using MediatR;

namespace Enforcement.Shared.Modules;

/// <summary>
/// A one-time step a module runs when the host first loads the version <see cref="To"/> over an
/// older installed version (nopCommerce's update lifecycle). The host records it and never runs it
/// again; a step that throws stops start-up and runs again at the next start.
/// </summary>
public interface IModuleUpdate
{
    Version To { get; }

    /// <summary>What the step does, in Chinese, for the record.</summary>
    string Description { get; }

    Task ApplyAsync(ModuleUpdateContext context, CancellationToken cancellationToken);
}

/// <summary>What an update step may use: the bus, and a report of what it did.</summary>
public sealed class ModuleUpdateContext(IMediator bus)
{
    private readonly List<string> _report = [];

    public IMediator Bus { get; } = bus;

    public IReadOnlyList<string> Report => _report;

    public void Log(string line) => _report.Add(line);
}
