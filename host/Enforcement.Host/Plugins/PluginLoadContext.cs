using System.Reflection;
using System.Runtime.Loader;

namespace Enforcement.Host.Plugins;

/// <summary>
/// Loads one plugin and its private dependencies from its folder. Anything the host already has
/// (the shared contract, MediatR, Microsoft.Extensions.*) comes from the default context, so the
/// plugin's types match the host's; a plugin-local copy would silently break that.
/// </summary>
internal sealed class PluginLoadContext(string mainAssemblyPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(mainAssemblyPath))
{
    private readonly AssemblyDependencyResolver _resolver = new(mainAssemblyPath);

    protected override Assembly? Load(AssemblyName name)
    {
        if (IsShared(name)) return null;                      // fall back to the host's copy
        var path = _resolver.ResolveAssemblyToPath(name);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? IntPtr.Zero : LoadUnmanagedDllFromPath(path);
    }

    private static bool IsShared(AssemblyName name) =>
        Default.Assemblies.Any(a => AssemblyName.ReferenceMatchesDefinition(a.GetName(), name))
        || name.Name is "Enforcement.Shared" or "MediatR"
        || (name.Name?.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) ?? false)
        || (name.Name?.StartsWith("System.", StringComparison.Ordinal) ?? false);
}
