namespace Enforcement.Shared.Infrastructure;

/// <summary>
/// Marks a workflow module's class as a service: the host's assembly scan (Scrutor) registers it as
/// itself, one instance per request or job scope. Saves each module a list of registrations.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ModuleServiceAttribute : Attribute;
