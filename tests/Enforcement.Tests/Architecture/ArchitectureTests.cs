using System.Reflection;
using Enforcement.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Tests.Architecture;

/// <summary>The rules of DESIGN.md that keep modules apart, checked on the built assemblies.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] CoreAssemblies =
        ["Enforcement.Host", "Enforcement.Inbox", "Enforcement.Cases", "Enforcement.Audit", "Enforcement.Catalogue", "Enforcement.Open311", "Enforcement.Routing", "Enforcement.Workforce", "Enforcement.Evidence", "Enforcement.Identity", "Enforcement.Documents", "Enforcement.Web", "Enforcement.Shared.Infrastructure", "Enforcement.Shared"];

    private static IEnumerable<string> DepartmentPlugins() =>
        Directory.GetDirectories(RepoPaths.PluginsBin).Select(d => Path.Combine(d, $"Enforcement.Modules.{Pascal(Path.GetFileName(d))}.dll"));

    [Test]
    public void Every_department_plugin_is_built()
    {
        Assert.That(DepartmentPlugins().Select(Path.GetFileName),
            Is.SupersetOf(new[] { "Enforcement.Modules.CityManagement.dll", "Enforcement.Modules.Environment.dll" }));
        Assert.That(DepartmentPlugins(), Has.All.Matches<string>(File.Exists));
    }

    [TestCaseSource(nameof(DepartmentPlugins))]
    public void A_department_module_references_only_the_shared_contract(string plugin)
    {
        var ours = AssemblyReferences.Of(plugin).Where(r => r.StartsWith("Enforcement.", StringComparison.Ordinal));
        Assert.That(ours, Is.EqualTo(new[] { "Enforcement.Shared" }), $"{Path.GetFileName(plugin)} may reference only Enforcement.Shared");
    }

    [TestCaseSource(nameof(DepartmentPlugins))]
    public void A_department_plugin_folder_carries_no_copy_of_a_shared_assembly(string plugin)
    {
        var folder = Path.GetDirectoryName(plugin)!;
        var copies = Directory.GetFiles(folder, "*.dll").Select(Path.GetFileName)
            .Where(f => f is "Enforcement.Shared.dll" or "MediatR.dll" || f!.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal));
        Assert.That(copies, Is.Empty, "a plugin-local copy of a shared assembly makes its types stop matching the host's");
    }

    [TestCaseSource(nameof(CoreAssemblies))]
    public void The_core_references_no_department_module(string core)
    {
        var path = Path.Combine(AppContext.BaseDirectory, core + ".dll");
        Assert.That(AssemblyReferences.Of(path), Has.None.StartsWith("Enforcement.Modules."));
    }

    [Test]
    public void The_shared_contract_references_no_other_project()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Enforcement.Shared.dll");
        Assert.That(AssemblyReferences.Of(path).Where(r => r.StartsWith("Enforcement.", StringComparison.Ordinal)), Is.Empty);
    }

    [Test, NonParallelizable]
    public void Exactly_one_handler_answers_each_request_type()
    {
        using var host = new TestHost();
        _ = host.Http;
        var requestTypes = CoreAssemblies.Select(Assembly.Load).Concat(LoadedPluginAssemblies(host))
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetInterfaces())
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequestHandler<,>))
            .Distinct()
            .ToList();
        Assert.That(requestTypes, Is.Not.Empty);

        using var scope = host.Services.CreateScope();
        Assert.Multiple(() =>
        {
            foreach (var handlerInterface in requestTypes)
            {
                var all = (IEnumerable<object>)scope.ServiceProvider.GetRequiredService(typeof(IEnumerable<>).MakeGenericType(handlerInterface));
                Assert.That(all.Count(), Is.EqualTo(1), $"{handlerInterface.GenericTypeArguments[0].Name} must have exactly one handler");
            }
        });
    }

    private static IEnumerable<Assembly> LoadedPluginAssemblies(TestHost host) =>
        host.Services.GetRequiredService<Enforcement.Shared.Modules.ILoadedModules>().All.Select(m => m.GetType().Assembly);

    private static string Pascal(string key) => string.Concat(key.Split('-').Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
}
