namespace Enforcement.Catalogue.Installation;

/// <summary>A module that cannot be installed over what the database holds; start-up stops.</summary>
public sealed class ModuleInstallationException(string module, string message) : Exception(message)
{
    public string Module { get; } = module;
}
