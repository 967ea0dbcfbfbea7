using System.Text.Json;
using System.Text.Json.Serialization;

namespace Enforcement.Host.Plugins;

/// <summary>
/// plugins.json — the desired state, written by people and never by the host: which department
/// modules to load, from where, at which version, for which host versions, after which others.
/// </summary>
internal sealed record PluginManifest(List<PluginEntry> Modules)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static PluginManifest Read(string file)
    {
        if (!File.Exists(file))
            throw new PluginConfigurationException(null, $"找不到模块清单 {file}。请在仓库根目录提供 plugins.json，或用配置项 Enforcement:PluginsFile 指明其路径。");
        try
        {
            var manifest = JsonSerializer.Deserialize<PluginManifest>(File.ReadAllText(file), Json);
            if (manifest?.Modules is null)
                throw new PluginConfigurationException(null, $"{file} 缺少 \"modules\" 数组。");
            return manifest;
        }
        catch (JsonException ex)
        {
            throw new PluginConfigurationException(null,
                $"{file} 不是有效的 JSON（第 {ex.LineNumber + 1} 行，位置 {ex.BytePositionInLine}）：{ex.Message}。请修正该文件的格式。");
        }
    }
}

/// <param name="Name">The module's system name; must equal the key the module declares.</param>
/// <param name="Path">The assembly, relative to plugins.json; defaults to the one module assembly in <c>plugins-bin/&lt;name&gt;/</c>.</param>
/// <param name="Version">The version the district wants loaded; the assembly must declare it.</param>
/// <param name="HostVersions">The host versions the module supports, e.g. <c>"&gt;=1.0.0 &lt;2.0.0"</c>.</param>
internal sealed record PluginEntry(
    string? Name,
    string? Path,
    bool Enabled,
    string? Version,
    string? HostVersions,
    List<string>? DependsOn);
