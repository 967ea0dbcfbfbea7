namespace Enforcement.Shared.Modules;

/// <summary>The department modules the host loaded, as the core sees them (never their types).</summary>
public interface ILoadedModules
{
    IReadOnlyList<IDepartmentModule> All { get; }

    /// <summary>The module that owns a handler type, or null for a core handler.</summary>
    IDepartmentModule? OwnerOf(Type handlerType);
}
