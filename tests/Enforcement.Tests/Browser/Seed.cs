using System.Net;
using Enforcement.Tests.Support;

namespace Enforcement.Tests.Browser;

/// <summary>Work that a test needs to exist before it opens a page, made through the API as a channel or dispatcher would.</summary>
internal static class Seed
{
    public const string StreetStall = "兴隆大街菜场门口有人摆摊占道经营，堵住人行道";
    public const string StreetStallItem = "CG-DL-001";

    public static async Task<(string Id, string Number)> WorkOrderAsync(TestHost host, string externalId, string text = StreetStall)
    {
        var order = await host.Api.PostOk("/api/inbox", Api.WorkOrder(externalId, text), HttpStatusCode.Created);
        return ((string)order["id"]!, (string)order["number"]!);
    }

    /// <summary>A work order accepted as a case of the street-stall item; the case's id.</summary>
    public static async Task<string> CaseAsync(TestHost host, string externalId)
    {
        var (id, _) = await WorkOrderAsync(host, externalId);
        var opened = await host.Api.PostOk($"/api/inbox/{id}/accept", new { itemCode = StreetStallItem }, HttpStatusCode.Created);
        return (string)opened["caseId"]!;
    }

    public static async Task<string> DispatchedCaseAsync(TestHost host, string externalId)
    {
        var caseId = await CaseAsync(host, externalId);
        await Crew.DispatchAsync(host, caseId);
        return caseId;
    }
}
