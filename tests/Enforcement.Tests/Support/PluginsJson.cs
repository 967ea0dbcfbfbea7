using System.Text.Json;
using System.Text.Json.Nodes;

namespace Enforcement.Tests.Support;

/// <summary>Writes a plugins.json for one test, starting from the repository's own.</summary>
internal sealed class PluginsJson
{
    private readonly JsonArray _modules;

    private PluginsJson(JsonArray modules) => _modules = modules;

    /// <summary>The checked-in plugins.json, with its paths made absolute so it can live in a temp folder.</summary>
    public static PluginsJson FromRepository()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root, "plugins.json"));
        var doc = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var modules = doc["modules"]!.AsArray();
        foreach (var m in modules)
            m!["path"] = Path.GetFullPath(m["path"]!.GetValue<string>(), RepoPaths.Root);
        return new PluginsJson(modules);
    }

    public JsonObject Module(string name) =>
        _modules.Single(m => m!["name"]!.GetValue<string>() == name)!.AsObject();

    public PluginsJson Set(string name, string property, JsonNode? value)
    {
        Module(name)[property] = value;
        return this;
    }

    public PluginsJson Add(string name, string? path, string version = "1.0.0", string hostVersions = ">=1.0.0 <2.0.0", params string[] dependsOn)
    {
        var entry = new JsonObject
        {
            ["name"] = name, ["enabled"] = true, ["version"] = version, ["hostVersions"] = hostVersions,
            ["dependsOn"] = new JsonArray(dependsOn.Select(d => (JsonNode)d).ToArray()),
        };
        if (path is not null) entry["path"] = path;
        _modules.Add(entry);
        return this;
    }

    /// <summary>Adds one of the misbehaving test plugins from tests/plugins-bin/.</summary>
    public PluginsJson AddTestPlugin(string key, string assembly) =>
        Add(key, Path.Combine(RepoPaths.TestPluginsBin, key, assembly));

    public string WriteTo(string folder)
    {
        var file = Path.Combine(folder, "plugins.json");
        File.WriteAllText(file, new JsonObject { ["modules"] = _modules.DeepClone() }.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return file;
    }
}
