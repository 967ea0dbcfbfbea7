using System.Text.Json.Nodes;
using Enforcement.Host.Plugins;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Plugins;

/// <summary>Each bad plugins.json stops start-up with a message naming the module and the fix.</summary>
[NonParallelizable]
public sealed class PluginsJsonErrorTests
{
    /// <summary>Starts the real host process on this manifest; it must exit with code 2 and say why on stderr.</summary>
    private static StartFailure StartFails(PluginsJson plugins)
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-plugins-").FullName;
        using var host = HostProcess.Start(dir, plugins.WriteTo(dir));
        var code = host.WaitForExit(TimeSpan.FromSeconds(90));
        Assert.Multiple(() =>
        {
            Assert.That(code, Is.EqualTo(2), host.StdErr);
            Assert.That(host.StdErr, Does.StartWith("启动失败（plugins.json）"));
            Assert.That(File.Exists(Path.Combine(dir, "enforcement.db")), Is.False, "nothing is written when start-up is refused");
        });
        return new StartFailure(host.StdErr);
    }

    private sealed record StartFailure(string Message);

    [Test]
    public void An_unknown_module_is_named_with_the_installed_ones()
    {
        var ex = StartFails(PluginsJson.FromRepository().Add("weather-bureau", path: null));
        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Does.Contain("weather-bureau"));
            Assert.That(ex.Message, Does.Contain("未知模块 weather-bureau").And.Contain("请检查名称拼写"));
        });
    }

    [Test]
    public void A_name_that_does_not_match_the_assembly_is_an_unknown_module()
    {
        var plugins = PluginsJson.FromRepository();
        plugins.Add("city", Path.Combine(RepoPaths.PluginsBin, "city-management", "Enforcement.Modules.CityManagement.dll"));
        var ex = StartFails(plugins);
        Assert.That(ex.Message, Does.Contain("未知模块 city").And.Contain("city-management"));
    }

    [Test]
    public void A_missing_assembly_is_named_with_its_path()
    {
        var ex = StartFails(PluginsJson.FromRepository()
            .Set("environment", "path", "/nonexistent/Enforcement.Modules.Environment.dll"));
        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Does.Contain("environment"));
            Assert.That(ex.Message, Does.Contain("程序集不存在").And.Contain("/nonexistent/Enforcement.Modules.Environment.dll").And.Contain("dotnet build"));
        });
    }

    [Test]
    public void A_duplicate_item_code_names_both_modules()
    {
        var ex = StartFails(PluginsJson.FromRepository().AddTestPlugin("duplicate-code", "Enforcement.Modules.DuplicateCode.dll"));
        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Does.Contain("duplicate-code"));
            Assert.That(ex.Message, Does.Contain("CG-YY-001").And.Contain("city-management").And.Contain("duplicate-code"));
        });
    }

    [Test]
    public void A_dependency_cycle_is_shown_as_a_path()
    {
        var plugins = PluginsJson.FromRepository()
            .Set("city-management", "dependsOn", new JsonArray("environment"))
            .Set("environment", "dependsOn", new JsonArray("city-management"));
        var ex = StartFails(plugins);
        Assert.That(ex.Message, Does.Contain("依赖成环").And.Contain("city-management → environment → city-management"));
    }

    [Test]
    public void A_missing_dependency_is_named()
    {
        var ex = StartFails(PluginsJson.FromRepository().Set("environment", "dependsOn", new JsonArray("civil-air-defence")));
        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Does.Contain("environment"));
            Assert.That(ex.Message, Does.Contain("civil-air-defence").And.Contain("未在 plugins.json 中启用"));
        });
    }

    [Test]
    public void A_host_version_mismatch_names_the_range_and_the_host_version()
    {
        var ex = StartFails(PluginsJson.FromRepository().Set("environment", "hostVersions", ">=2.0.0 <3.0.0"));
        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Does.Contain("environment"));
            Assert.That(ex.Message, Does.Contain(">=2.0.0 <3.0.0").And.Contain("1.0.0"));
        });
    }

    [Test]
    public void A_duplicate_module_entry_is_refused()
    {
        var plugins = PluginsJson.FromRepository();
        plugins.Add("environment", Path.Combine(RepoPaths.PluginsBin, "environment", "Enforcement.Modules.Environment.dll"));
        var ex = StartFails(plugins);
        Assert.That(ex.Message, Does.Contain("environment 在 plugins.json 中出现了多次"));
    }

    [Test]
    public void A_version_the_assembly_does_not_have_is_refused()
    {
        var ex = StartFails(PluginsJson.FromRepository().Set("environment", "version", "1.1.0"));
        Assert.That(ex.Message, Does.Contain("要求版本 1.1.0").And.Contain("1.0.0"));
    }

    [Test]
    public void Two_handlers_for_one_request_type_are_refused()
    {
        var ex = StartFails(PluginsJson.FromRepository().AddTestPlugin("handler-clash", "Enforcement.Modules.HandlerClash.dll"));
        Assert.Multiple(() =>
        {
            Assert.That(ex.Message, Does.Contain("handler-clash"));
            Assert.That(ex.Message, Does.Contain("GetEnforcementItem").And.Contain("只能有一个处理器"));
        });
    }

    [Test]
    public void Broken_json_is_reported_with_its_line()
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-badjson-").FullName;
        var file = Path.Combine(dir, "plugins.json");
        File.WriteAllText(file, "{\n  \"modules\": [\n    { \"name\": \"city-management\", \n  ]\n}");
        var ex = Assert.Throws<PluginConfigurationException>(() => PluginLoaderProbe.Load(file));
        Assert.That(ex!.Message, Does.Contain("不是有效的 JSON").And.Contain("第 4 行"));
    }
}
