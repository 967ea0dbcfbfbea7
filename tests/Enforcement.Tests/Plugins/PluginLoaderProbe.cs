using System.Reflection;
using Enforcement.Host.Plugins;

namespace Enforcement.Tests.Plugins;

/// <summary>Calls the host's plugin loader directly, for manifest errors that need no running host.</summary>
internal static class PluginLoaderProbe
{
    public static void Load(string manifest)
    {
        var loader = typeof(PluginConfigurationException).Assembly.GetType("Enforcement.Host.Plugins.PluginLoader")!;
        try
        {
            loader.GetMethod("Load", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [manifest, new Version(1, 0, 0)]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
