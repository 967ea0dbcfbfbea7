using System.Net;
using Autofac;
using Enforcement.Shared.Messages.Triage;
using Enforcement.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Tests.Plugins;

[NonParallelizable]
public sealed class ModuleIsolationTests
{
    [Test]
    public async Task A_module_that_throws_during_triage_leaves_the_work_order_stored_for_manual_triage_and_the_others_answer()
    {
        using var host = new TestHost(PluginsJson.FromRepository().AddTestPlugin("faulty", "Enforcement.Modules.Faulty.dll"));
        var created = await host.Api.PostOk("/api/inbox", Api.WorkOrder("faulty-1", "小区门口露天烧烤，烟熏得没法开窗"), HttpStatusCode.Created);
        var order = await host.Api.GetOk($"/api/inbox/{created["id"]}");
        var suggestions = await host.Api.PostOk("/api/triage/suggest", new { text = "小区门口露天烧烤，烟熏得没法开窗" });

        Assert.Multiple(() =>
        {
            Assert.That(order["status"]!.GetValue<string>(), Is.EqualTo("manual-triage"));
            Assert.That(order["needsManualTriage"]!.GetValue<bool>(), Is.True);
            Assert.That(order["triageFailures"]!["faulty"]!.GetValue<string>(), Does.Contain("模拟的模块故障"));
            Assert.That(order["suggestions"]!.AsArray().Select(s => s!["itemCode"]!.GetValue<string>()), Does.Contain("CG-YY-001"));
            Assert.That(suggestions.AsArray().Select(s => s!["itemCode"]!.GetValue<string>()), Does.Contain("CG-YY-001"));
        });
    }

    [Test]
    public async Task A_module_that_hangs_is_cut_off_at_its_time_box()
    {
        using var host = new TestHost(PluginsJson.FromRepository().AddTestPlugin("faulty", "Enforcement.Modules.Faulty.dll"),
            settings: new() { ["Enforcement:Bus:ModuleAnswerTimeout"] = "00:00:01" });
        var created = await host.Api.PostOk("/api/inbox", Api.WorkOrder("faulty-2", "露天烧烤 卡住"), HttpStatusCode.Created);
        var order = await host.Api.GetOk($"/api/inbox/{created["id"]}");
        Assert.Multiple(() =>
        {
            Assert.That(order["status"]!.GetValue<string>(), Is.EqualTo("manual-triage"));
            Assert.That(order["triageFailures"]!["faulty"]!.GetValue<string>(), Does.Contain("未在 1 秒内答复"));
            Assert.That(order["suggestions"]!.AsArray(), Is.Not.Empty);
        });
    }

    [Test]
    public async Task Disabling_environment_removes_its_items_modules_entry_and_handlers()
    {
        using var host = new TestHost(PluginsJson.FromRepository().Set("environment", "enabled", false));
        var modules = await host.Api.GetOk("/api/modules");
        var fumes = await host.Api.PostOk("/api/triage/suggest", new { text = "楼下饭店的油烟直接往我家窗户里灌，呛得不行" });
        var items = await host.Api.GetOk("/api/items");
        using var scope = host.Services.CreateScope();
        var triageHandlers = scope.ServiceProvider.GetRequiredService<IEnumerable<INotificationHandler<ComplaintTriageRequested>>>();

        Assert.Multiple(() =>
        {
            Assert.That(modules.AsArray().Select(m => m!["key"]!.GetValue<string>()), Does.Contain("city-management").And.Not.Contain("environment"));
            Assert.That(fumes.AsArray().Select(s => s!["department"]!.GetValue<string>()), Has.None.EqualTo("environment"));
            Assert.That(items.AsArray().Select(i => i!["code"]!.GetValue<string>()), Has.None.StartsWith("HB-"));
            Assert.That(triageHandlers.Select(Inner).Select(h => h.Assembly.GetName().Name), Has.None.EqualTo("Enforcement.Modules.Environment"));
        });
    }

    // The handlers come wrapped in the isolation decorator; the type that matters is inside.
    private static Type Inner(object handler) =>
        handler.GetType().GetField("<inner>P", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)?.GetValue(handler)?.GetType()
        ?? handler.GetType();
}
