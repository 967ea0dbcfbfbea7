using Enforcement.Tests.Support;

namespace Enforcement.Tests.Catalogue;

/// <summary>A module update from 1.0.0 to 1.1.0 runs its step once; an incompatible build is refused.</summary>
[NonParallelizable]
public sealed class ModuleUpdateTests
{
    private static string Build(string version) =>
        Path.Combine(RepoPaths.TestPluginsBin, version, "updatable", "Enforcement.Modules.Updatable.dll");

    private static string Manifest(string dir, string build, string version, string hostVersions = ">=1.0.0 <2.0.0") =>
        PluginsJson.FromRepository().Add("updatable", Build(build), version, hostVersions).WriteTo(dir);

    [Test]
    public async Task The_update_step_runs_once_and_a_downgrade_or_a_build_for_another_host_is_refused()
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-update-").FullName;

        await StartAndStop(dir, Manifest(dir, "v1", "1.0.0"));                         // install 1.0.0
        await StartAndStop(dir, Manifest(dir, "v2", "1.1.0"));                         // update: the step runs
        var record = await StartAndStop(dir, Manifest(dir, "v2", "1.1.0"));            // restart: it must not run again

        var steps = record.Where(e => e.Action == "module-update-step").ToList();
        var versions = record.Where(e => e.Action is "module-installed" or "module-updated").Select(e => e.Action).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(steps, Has.Count.EqualTo(1));
            Assert.That(steps[0].After, Does.Contain("已执行 1.1.0 升级步骤"));
            Assert.That(versions, Is.EqualTo(new[] { "module-installed", "module-updated" }));
        });

        using (var downgrade = HostProcess.Start(dir, Manifest(dir, "v1", "1.0.0")))
        {
            Assert.That(downgrade.WaitForExit(TimeSpan.FromSeconds(90)), Is.EqualTo(2));
            Assert.That(downgrade.StdErr, Does.Contain("updatable").And.Contain("不支持降级"));
        }
        using (var otherHost = HostProcess.Start(dir, Manifest(dir, "v2", "1.1.0", ">=2.0.0 <3.0.0")))
        {
            Assert.That(otherHost.WaitForExit(TimeSpan.FromSeconds(90)), Is.EqualTo(2));
            Assert.That(otherHost.StdErr, Does.Contain("updatable").And.Contain(">=2.0.0 <3.0.0"));
        }
        Directory.Delete(dir, recursive: true);
    }

    private sealed record Entry(string Action, string? After);

    /// <summary>Starts the host on the data folder, reads the module record, stops it.</summary>
    private static async Task<List<Entry>> StartAndStop(string dir, string manifest)
    {
        using var host = HostProcess.Start(dir, manifest);
        await host.WaitHealthyAsync(TimeSpan.FromSeconds(90));
        using var http = await host.AdminClientAsync();
        var record = await new Api(http).GetOk("/api/audit?entityType=module&entityId=updatable");
        return record.AsArray().Select(e => new Entry(e!["action"]!.GetValue<string>(), e["after"]?.GetValue<string>())).ToList();
    }
}
