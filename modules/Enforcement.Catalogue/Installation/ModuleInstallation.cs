namespace Enforcement.Catalogue.Installation;

/// <summary>The version of a department module installed in this database (plugins.json says what is wanted).</summary>
internal sealed class ModuleInstallation
{
    public string ModuleKey { get; set; } = "";
    public string Version { get; set; } = "";
    public DateTime InstalledAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>An update step that has run; it never runs again.</summary>
internal sealed class ModuleUpdateRecord
{
    public string ModuleKey { get; set; } = "";
    public string ToVersion { get; set; } = "";
    public string FromVersion { get; set; } = "";
    public string Description { get; set; } = "";
    public string Report { get; set; } = "";
    public DateTime AppliedAt { get; set; }
}
