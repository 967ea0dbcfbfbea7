using Enforcement.Audit;
using Enforcement.Catalogue.Installation;
using Enforcement.Routing.Evaluation;
using Enforcement.Host.Composition;
using Enforcement.Host.Plugins;
using Enforcement.Identity.FirstStart;

try
{
    var app = HostComposition.Build(args);

    // `verify`: recompute the record's hash chain, print the outcome, and exit (0 intact, 1 broken).
    if (args.Contains("verify"))
    {
        await StartupPreparation.MigrateAsync(app.Services, CancellationToken.None);
        var report = await app.Services.VerifyAuditChainAsync();
        Console.WriteLine(report.Intact
            ? $"记录链完整：共 {report.Entries} 条。"
            : $"记录链断裂：第 {report.FirstBrokenSequence} 条。{report.Problem}");
        return report.Intact ? 0 : 1;
    }

    // `evaluate-routing <file>`: run the labelled complaints through triage and print the accuracies.
    var evaluate = Array.IndexOf(args, "evaluate-routing");
    if (evaluate >= 0)
    {
        if (evaluate + 1 >= args.Length)
        {
            Console.Error.WriteLine("用法：evaluate-routing <标注数据文件.jsonl>");
            return 2;
        }
        await StartupPreparation.MigrateAsync(app.Services, CancellationToken.None);
        await RoutingEvaluation.RunAsync(app.Services, args[evaluate + 1], Console.Out);
        return 0;
    }

    await app.RunAsync();
    return 0;
}
catch (PluginConfigurationException ex)
{
    Console.Error.WriteLine($"启动失败（plugins.json）：{ex.Message}");
    return 2;
}
catch (ModuleInstallationException ex)
{
    Console.Error.WriteLine($"启动失败（模块安装）：{ex.Message}");
    return 2;
}
catch (IdentitySetupException ex)
{
    Console.Error.WriteLine($"启动失败（初始管理员）：{ex.Message}");
    return 2;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
