namespace Enforcement.Host.Plugins;

/// <summary>Orders enabled modules so each loads after what it depends on; reports missing and cyclic dependencies.</summary>
internal static class DependencyOrder
{
    public static List<PluginEntry> Sort(List<PluginEntry> enabled, Action<string?, string> fail)
    {
        var byName = enabled.GroupBy(e => e.Name!).ToDictionary(g => g.Key, g => g.First());
        foreach (var entry in enabled)
            foreach (var dep in entry.DependsOn ?? [])
                if (!byName.ContainsKey(dep))
                    fail(entry.Name, $"模块 {entry.Name} 依赖的模块 {dep} 未在 plugins.json 中启用：请启用 {dep}，或去掉这项依赖。");

        var ordered = new List<PluginEntry>();
        var state = new Dictionary<string, bool>();      // false = visiting, true = done
        var path = new Stack<string>();
        foreach (var entry in enabled)
            if (!Visit(entry.Name!)) break;
        return ordered;

        bool Visit(string name)
        {
            if (state.TryGetValue(name, out var done))
            {
                if (done) return true;
                var cycle = path.Reverse().SkipWhile(n => n != name).Append(name);
                fail(name, $"模块依赖成环：{string.Join(" → ", cycle)}。请在 plugins.json 中去掉其中一条 dependsOn。");
                return false;
            }
            if (!byName.TryGetValue(name, out var entry)) return true;   // reported above
            state[name] = false;
            path.Push(name);
            foreach (var dep in entry.DependsOn ?? [])
                if (!Visit(dep)) return false;
            path.Pop();
            state[name] = true;
            ordered.Add(entry);
            return true;
        }
    }
}
