using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Evidence;

[NonParallelizable]
public sealed class RestartTests
{
    [Test]
    public async Task Evidence_acknowledged_with_201_survives_a_SIGKILL_and_restart_on_the_same_data_folder()
    {
        var dir = Directory.CreateTempSubdirectory("enforcement-evidence-").FullName;
        var plugins = PluginsJson.FromRepository().WriteTo(dir);
        var video = EvidenceFiles.Mp4(300 * 1024, seed: 21);
        var sha = EvidenceFiles.Sha256(video);
        string caseId, evidenceId;
        using (var host = HostProcess.Start(dir, plugins))
        {
            await host.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            using var http = await host.AdminClientAsync();
            caseId = await OpenCase(http);
            var (status, created) = await EvidenceFiles.Upload(http, caseId,
                EvidenceFiles.Fields(kind: "video", capturedAt: DateTimeOffset.Now.AddMinutes(-10)), new FilePart(video, "VID_0001.mp4", "video/mp4"));
            Assert.That(status, Is.EqualTo(HttpStatusCode.Created), created?.ToJsonString());
            evidenceId = created!["id"]!.GetValue<string>();
            host.Kill();                                              // right after the 201, no graceful shutdown
        }

        using (var restarted = HostProcess.Start(dir, plugins))
        {
            await restarted.WaitHealthyAsync(TimeSpan.FromSeconds(90));
            using var http = await restarted.AdminClientAsync();
            var listed = (await http.GetFromJsonAsync<JsonArray>($"/api/cases/{caseId}/evidence"))!.Single()!;
            var content = await http.GetByteArrayAsync($"/api/evidence/{evidenceId}/content");
            Assert.Multiple(() =>
            {
                Assert.That(listed["id"]!.GetValue<string>(), Is.EqualTo(evidenceId));
                Assert.That(listed["sha256"]!.GetValue<string>(), Is.EqualTo(sha));
                Assert.That(listed["kindName"]!.GetValue<string>(), Is.EqualTo("视频"));
                Assert.That(content, Is.EqualTo(video));
            });
        }
        Directory.Delete(dir, recursive: true);
    }

    // The host runs on the real clock here, so the work order is reported just now.
    private static async Task<string> OpenCase(HttpClient http)
    {
        using var received = await http.PostAsJsonAsync("/api/inbox", new
        {
            channel = "12345", externalId = "12345-EVIDENCE-1", text = "兴隆大街夜市路边有人摆露天烧烤摊，炭火烟熏得整栋楼都开不了窗",
            address = "南苑街道兴隆大街18号", reportedAt = DateTimeOffset.Now.AddMinutes(-5),
        });
        Assert.That(received.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var workOrderId = (await received.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var accepted = await http.PostAsJsonAsync($"/api/inbox/{workOrderId}/accept", new { itemCode = "CG-YY-001" });
        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (await accepted.Content.ReadFromJsonAsync<JsonObject>())!["caseId"]!.GetValue<string>();
    }
}
