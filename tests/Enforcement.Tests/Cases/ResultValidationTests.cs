using System.Net;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Cases;

[NonParallelizable]
public sealed class ResultValidationTests
{
    [Test]
    public async Task A_result_that_breaks_the_modules_form_rules_is_refused_field_by_field_and_nothing_is_stored()
    {
        using var host = new TestHost();
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        await CaseFlow.Arrive(host, caseId);

        var bad = new
        {
            summary = "已处理",
            data = new Dictionary<string, object>
            {
                ["site"] = new { lat = 200, lng = 118.7 },
                ["finding"] = "现场未发现违法行为",
                ["measure"] = "当场责令改正",                       // contradicts the finding
                ["grills"] = -1,
                ["photos"] = new[] { "photo-001" },
            },
        };
        var (status, body) = await host.Api.Post($"/api/cases/{caseId}/result", bad);
        var after = await host.Api.GetOk($"/api/cases/{caseId}");

        Assert.Multiple(() =>
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body!["errors"]!["site"], Is.Not.Null);
            Assert.That(body["errors"]!["grills"], Is.Not.Null);
            Assert.That(after["status"]!.GetValue<string>(), Is.EqualTo("on-site"));
            Assert.That(after["result"], Is.Null);
        });

        var (status2, body2) = await host.Api.Post($"/api/cases/{caseId}/result", new
        {
            summary = "已处理",
            data = new Dictionary<string, object>
            {
                ["site"] = new { address = "兴隆大街18号" }, ["finding"] = "现场未发现违法行为",
                ["measure"] = "当场责令改正", ["photos"] = new[] { "photo-001" },
            },
        });
        Assert.Multiple(() =>
        {
            Assert.That(status2, Is.EqualTo(HttpStatusCode.UnprocessableEntity));
            Assert.That(body2!["errors"]!["measure"]![0]!.GetValue<string>(), Does.Contain("无需处置"));
        });
    }
}
