namespace Enforcement.Host.Composition;

/// <summary>The host's own settings, from configuration section <c>Enforcement</c>.</summary>
internal sealed class EnforcementHostOptions
{
    /// <summary>Where the SQLite files live; relative to the working directory.</summary>
    public string DataDir { get; set; } = "data";

    /// <summary>The module manifest; relative to the working directory.</summary>
    public string PluginsFile { get; set; } = "plugins.json";

    /// <summary><c>sqlite</c> (the default, a file under the data folder) or <c>memory</c>.</summary>
    public string JobStorage { get; set; } = "sqlite";

    public string DatabaseFile => Path.Combine(DataDir, "enforcement.db");
    public string JobsFile => Path.Combine(DataDir, "jobs.db");
}
