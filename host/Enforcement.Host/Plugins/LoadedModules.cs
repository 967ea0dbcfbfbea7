using System.Reflection;
using Enforcement.Shared.Modules;

namespace Enforcement.Host.Plugins;

/// <summary>The department modules loaded at start-up, in dependency order.</summary>
internal sealed class LoadedModules(IReadOnlyList<IDepartmentModule> modules) : ILoadedModules
{
    private readonly Dictionary<Assembly, IDepartmentModule> _byAssembly =
        modules.ToDictionary(m => m.GetType().Assembly);

    public IReadOnlyList<IDepartmentModule> All { get; } = modules;

    public IDepartmentModule? OwnerOf(Type handlerType) =>
        _byAssembly.GetValueOrDefault(handlerType.Assembly);
}
