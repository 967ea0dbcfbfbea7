using System.Net;
using System.Text.Json.Nodes;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Cases;

/// <summary>The steps of the barbecue-smoke case, shared by the on-time and overdue tests.</summary>
internal static class CaseFlow
{
    public const string BarbecueComplaint = "兴隆大街夜市路边有人摆露天烧烤摊，炭火烟熏得整栋楼都开不了窗，天天如此";

    /// <summary>A 12345 complaint arrives and triage suggests an item under 大气污染防治法 第118条; returns the work order.</summary>
    public static async Task<JsonNode> ReceiveBarbecueComplaint(TestHost host, string externalId = "12345-20261127-0001")
    {
        var created = await host.Api.PostOk("/api/inbox", Api.WorkOrder(externalId, BarbecueComplaint), HttpStatusCode.Created);
        return await host.Api.GetOk($"/api/inbox/{created["id"]}");
    }

    public static async Task<string> OpenAndDispatch(TestHost host, JsonNode workOrder, string itemCode)
    {
        var opened = await host.Api.PostOk($"/api/inbox/{workOrder["id"]}/accept", new { itemCode }, HttpStatusCode.Created);
        var caseId = opened["caseId"]!.GetValue<string>();
        await Crew.DispatchAsync(host, caseId);
        return caseId;
    }

    public static Task<JsonNode> Arrive(TestHost host, string caseId) =>
        host.Api.PostOk($"/api/cases/{caseId}/arrival", new { latitude = 31.9926, longitude = 118.7221, address = "兴隆大街18号夜市入口" });

    public static object BarbecueResult => new
    {
        summary = "现场查实露天烧烤，当场责令改正，摊主已熄火撤摊",
        data = new Dictionary<string, object>
        {
            ["site"] = new { lat = 31.9926, lng = 118.7221, address = "兴隆大街18号夜市入口" },
            ["finding"] = "现场存在露天烧烤",
            ["grills"] = 2,
            ["measure"] = "当场责令改正",
            ["photos"] = new[] { "photo-001", "photo-002" },
        },
    };

    public static JsonNode Clock(JsonNode @case, string kind) =>
        @case["clocks"]!.AsArray().Single(c => c!["kind"]!.GetValue<string>() == kind)!;
}
