namespace Enforcement.Host.Plugins;

/// <summary>A bad plugins.json or module set; start-up stops and shows every problem with its fix.</summary>
public sealed class PluginConfigurationException(string? module, string message) : Exception(message)
{
    public string? Module { get; } = module;

    public static PluginConfigurationException Many(IReadOnlyList<PluginConfigurationException> problems) =>
        problems.Count == 1
            ? problems[0]
            : new PluginConfigurationException(problems[0].Module,
                $"模块配置有 {problems.Count} 处错误：{Environment.NewLine}" +
                string.Join(Environment.NewLine, problems.Select((p, i) => $"{i + 1}. {p.Message}")));
}
