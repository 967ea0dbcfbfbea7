using System.Net;
using System.Text.Json.Nodes;
using Enforcement.Tests.Cases;
using Enforcement.Tests.Support;
using Enforcement.Tests.Workforce;

namespace Enforcement.Tests.Procedure;

/// <summary>The steps of the penalty-procedure scenarios: officers on the roster, a case on site, the party.</summary>
internal static class PenaltyCase
{
    public static readonly string[] Officers = ["NY-001", "NY-002"];

    public static object Party => new { name = "张某某", kind = "individual", idNumber = "320105199001011234", address = "南京市建邺区兴隆大街20号" };

    /// <summary>Two officers certified for city management, who acknowledged the ten prohibitions.</summary>
    public static async Task QualifiedOfficers(TestHost host)
    {
        await Roster.Qualified(host, "NY-001", "王建国", "32010001", "city-management");
        await Roster.Qualified(host, "NY-002", "李卫东", "32010002", "city-management");
    }

    /// <summary>The barbecue complaint (大气污染防治法 第118条第三款: 500–20,000 yuan) opened, dispatched and on site.</summary>
    public static async Task<string> BarbecueOnSite(TestHost host, string externalId)
    {
        var workOrder = await CaseFlow.ReceiveBarbecueComplaint(host, externalId);
        var caseId = await CaseFlow.OpenAndDispatch(host, workOrder, "CG-YY-001");
        await CaseFlow.Arrive(host, caseId);
        return caseId;
    }

    /// <summary>A littering refuse truck (固体废物污染环境防治法 第111条: individuals 100–500 yuan), which allows the simple procedure.</summary>
    public static async Task<string> LitteringTruckOnSite(TestHost host, string externalId)
    {
        var created = await host.Api.PostOk("/api/inbox",
            Api.WorkOrder(externalId, "一辆垃圾清运车沿途撒垃圾，路面全是臭水"), HttpStatusCode.Created);
        var opened = await host.Api.PostOk($"/api/inbox/{created["id"]}/accept",
            new { itemCode = "CG-LJ-003", overrideReason = "现场核实为个人驾驶三轮车运垃圾沿途遗撒" }, HttpStatusCode.Created);
        var caseId = opened["caseId"]!.GetValue<string>();
        await Crew.DispatchAsync(host, caseId);
        await CaseFlow.Arrive(host, caseId);
        return caseId;
    }

    public static object LitteringResult => new
    {
        summary = "现场查实运输车辆沿途遗撒生活垃圾，已当场处罚并责令清理",
        data = new Dictionary<string, object>
        {
            ["site"] = new { lat = 31.9926, lng = 118.7221, address = "兴隆大街18号" },
            ["finding"] = "现场存在倾倒、堆放或遗撒行为",
            ["length"] = 120,
            ["quantity"] = 0.5,
            ["measure"] = "当场责令改正",
            ["photos"] = new[] { "photo-101" },
        },
    };

    public static Task<JsonNode> File(TestHost host, string caseId) =>
        host.Api.PostOk($"/api/cases/{caseId}/file", new
        {
            officers = Officers, party = Party, violationOn = "2026-11-27",
            facts = "当事人于 2026年11月27日 在兴隆大街夜市路边露天烧烤食品，现场有烧烤炉 2 台，烟气影响周边居民",
        });

    /// <summary>The investigation after filing.</summary>
    public static Task<JsonNode> FileAndInvestigateRest(TestHost host, string caseId) =>
        host.Api.PostOk($"/api/cases/{caseId}/investigate",
            new { officers = Officers, summary = "现场检查、拍照取证，询问当事人并制作询问笔录" });

    public static JsonNode Proceeding(JsonNode @case) => @case["proceeding"]!;

    public static string Text(JsonNode? node) => node?.ToJsonString() ?? "";
}
