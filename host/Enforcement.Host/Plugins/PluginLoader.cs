using System.Reflection;
using System.Text.RegularExpressions;
using Enforcement.Shared.Modules;

namespace Enforcement.Host.Plugins;

/// <summary>
/// Reads plugins.json, checks it, and loads the enabled modules. Any problem stops start-up with a
/// message that names the module and says what to fix.
/// </summary>
internal static partial class PluginLoader
{
    public const string DefaultPluginFolder = "plugins-bin";

    public static LoadedModules Load(string manifestFile, Version hostVersion)
    {
        var manifestDir = Path.GetDirectoryName(Path.GetFullPath(manifestFile))!;
        var entries = PluginManifest.Read(manifestFile).Modules;
        var problems = new List<PluginConfigurationException>();
        void Fail(string? module, string message) => problems.Add(new PluginConfigurationException(module, message));

        CheckEntries(entries, hostVersion, Fail);
        var enabled = entries.Where(e => e.Enabled && !string.IsNullOrWhiteSpace(e.Name)).ToList();
        var order = DependencyOrder.Sort(enabled, Fail);
        if (problems.Count > 0) throw PluginConfigurationException.Many(problems);

        var modules = new List<IDepartmentModule>();
        foreach (var entry in order)
        {
            var module = LoadOne(entry, manifestDir, Fail);
            if (module is not null) modules.Add(module);
        }
        ModuleContentChecks.Run(modules, Fail);
        if (problems.Count > 0) throw PluginConfigurationException.Many(problems);
        return new LoadedModules(modules);
    }

    private static void CheckEntries(List<PluginEntry> entries, Version hostVersion, Action<string?, string> fail)
    {
        foreach (var (entry, index) in entries.Select((e, i) => (e, i)))
        {
            if (string.IsNullOrWhiteSpace(entry.Name) || !KeyPattern().IsMatch(entry.Name))
            {
                fail(entry.Name, $"plugins.json 第 {index + 1} 个模块的 name“{entry.Name}”无效：须为小写字母、数字和连字符，如 city-management。");
                continue;
            }
            if (entries.Count(e => e.Name == entry.Name) > 1 && entries.First(e => e.Name == entry.Name) == entry)
                fail(entry.Name, $"模块 {entry.Name} 在 plugins.json 中出现了多次：每个模块只能列一次，请删除重复项。");
            if (!Version.TryParse(entry.Version, out _))
                fail(entry.Name, $"模块 {entry.Name} 的 version“{entry.Version}”无效：请写成如 \"1.0.0\"。");
            if (!VersionRange.TryParse(entry.HostVersions, out var range, out var error))
                fail(entry.Name, $"模块 {entry.Name} 的 hostVersions {error}。");
            else if (entry.Enabled && !range.Includes(hostVersion))
                fail(entry.Name, $"模块 {entry.Name} 支持的宿主版本为“{range.Text}”，当前宿主版本为 {hostVersion.ToString(3)}：请安装适配本宿主的模块版本，或在 plugins.json 中停用它。");
        }
    }

    private static IDepartmentModule? LoadOne(PluginEntry entry, string manifestDir, Action<string?, string> fail)
    {
        var name = entry.Name!;
        var path = ResolveAssemblyPath(entry, manifestDir, fail);
        if (path is null) return null;

        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(path).LoadFromAssemblyPath(path);
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException)
        {
            fail(name, $"模块 {name} 的程序集 {path} 无法加载（{ex.Message}）：请重新构建该模块。");
            return null;
        }

        var types = assembly.GetTypes().Where(t => typeof(IDepartmentModule).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false }).ToList();
        if (types.Count != 1)
        {
            fail(name, $"模块 {name} 的程序集 {Path.GetFileName(path)} 应恰好包含一个 IDepartmentModule 实现，实际有 {types.Count} 个。");
            return null;
        }
        var module = (IDepartmentModule)Activator.CreateInstance(types[0])!;
        if (module.Key != name)
        {
            fail(name, $"未知模块 {name}：程序集 {Path.GetFileName(path)} 声明的模块是 {module.Key}。请把 plugins.json 中的 name 改为 {module.Key}，或指向正确的程序集。");
            return null;
        }
        var wanted = Version.Parse(entry.Version!);
        if (module.Version != wanted)
        {
            fail(name, $"模块 {name}：plugins.json 要求版本 {wanted.ToString(3)}，已安装的程序集是 {module.Version.ToString(3)}。请安装所要求的版本，或修改 plugins.json 中的 version。");
            return null;
        }
        return module;
    }

    private static string? ResolveAssemblyPath(PluginEntry entry, string manifestDir, Action<string?, string> fail)
    {
        var name = entry.Name!;
        if (!string.IsNullOrWhiteSpace(entry.Path))
        {
            var path = Path.GetFullPath(entry.Path, manifestDir);
            if (File.Exists(path)) return path;
            fail(name, $"模块 {name} 的程序集不存在：{path}。请先构建该模块（dotnet build），或修正 plugins.json 中的 path。");
            return null;
        }

        var root = Path.Combine(manifestDir, DefaultPluginFolder);
        var folder = Path.Combine(root, name);
        if (!Directory.Exists(folder))
        {
            var installed = Directory.Exists(root) ? string.Join("、", Directory.GetDirectories(root).Select(Path.GetFileName)) : "无";
            fail(name, $"未知模块 {name}：{root} 下没有名为 {name} 的模块（已安装：{installed}）。请检查名称拼写，或先安装该模块。");
            return null;
        }
        var candidates = Directory.GetFiles(folder, "Enforcement.Modules.*.dll");
        if (candidates.Length == 1) return candidates[0];
        fail(name, $"模块 {name} 的目录 {folder} 中应有且只有一个 Enforcement.Modules.*.dll，实际有 {candidates.Length} 个：请在 plugins.json 中用 path 指明。");
        return null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KeyPattern();
}
