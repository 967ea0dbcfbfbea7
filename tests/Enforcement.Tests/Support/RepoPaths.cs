namespace Enforcement.Tests.Support;

/// <summary>Where the checkout's files are, found from the test binaries (works in any clone).</summary>
internal static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string PluginsBin => Path.Combine(Root, "plugins-bin");
    public static string TestPluginsBin => Path.Combine(Root, "tests", "plugins-bin");

    /// <summary>The build configuration the tests were built in (Debug or Release).</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string HostDll => Path.Combine(Root, "host", "Enforcement.Host", "bin", Configuration, "net10.0", "Enforcement.Host.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Enforcement.Modular.sln"))) return dir.FullName;
        throw new InvalidOperationException("Enforcement.Modular.sln not found above " + AppContext.BaseDirectory);
    }
}
