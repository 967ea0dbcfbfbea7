using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Platform;

[NonParallelizable]
public sealed class CrashSafetyTests
{
    [Test]
    public async Task A_work_order_acknowledged_with_201_survives_a_SIGKILL()
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-crash-").FullName;
        var plugins = PluginsJson.FromRepository().WriteTo(dir);
        string id;
        using (var host = HostProcess.Start(dir, plugins))
        {
            await host.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            using var http = await host.AdminClientAsync();
            using var response = await http.PostAsJsonAsync("/api/inbox", Api.WorkOrder("12345-CRASH-1", "工地夜间施工噪音扰民"));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
            id = (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
            host.Kill();                                              // right after the 201, no graceful shutdown
        }

        using (var restarted = HostProcess.Start(dir, plugins))
        {
            await restarted.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            using var http = await restarted.AdminClientAsync();
            var order = await http.GetFromJsonAsync<JsonObject>($"/api/inbox/{id}");
            var again = await http.PostAsJsonAsync("/api/inbox", Api.WorkOrder("12345-CRASH-1", "工地夜间施工噪音扰民"));
            Assert.Multiple(() =>
            {
                Assert.That(order!["externalId"]!.GetValue<string>(), Is.EqualTo("12345-CRASH-1"));
                Assert.That(order["text"]!.GetValue<string>(), Is.EqualTo("工地夜间施工噪音扰民"));
                Assert.That(again.StatusCode, Is.EqualTo(HttpStatusCode.OK), "the redelivery finds the stored order");
            });
        }
        Directory.Delete(dir, recursive: true);
    }
}
