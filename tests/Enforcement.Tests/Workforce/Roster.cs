using System.Net;
using System.Text.Json.Nodes;
using Enforcement.Shared.Messages.Workforce;
using Enforcement.Tests.Support;
using Enforcement.Workforce.DutyChecks;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Enforcement.Tests.Workforce;

/// <summary>Steps a roster keeper takes through the API, and the bus and job calls the workforce tests make.</summary>
internal static class Roster
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(TestHost.Start.DateTime);

    public static Task<JsonNode> Register(TestHost host, string badge, string name, string unit = "brigade", string? username = null,
        string? role = null) =>
        host.Api.PostOk("/api/officers", new { badge, name, unit, username, role }, HttpStatusCode.Created);

    public static Task<JsonNode> Certify(TestHost host, string badge, string number, string[] fields, string issuedOn = "2024-07-01",
        string validUntil = "2029-06-30") =>
        host.Api.PostOk($"/api/officers/{badge}/certificates",
            new { number, fields, issuedOn, validUntil, issuingAuthority = "南京市建邺区人民政府" }, HttpStatusCode.Created);

    public static Task<JsonNode> Acknowledge(TestHost host, string badge) =>
        host.Api.PostOk($"/api/officers/{badge}/acknowledgements", new { }, HttpStatusCode.Created);

    public static Task<JsonNode> OnDuty(TestHost host, string badge) =>
        host.Api.PostOk($"/api/officers/{badge}/duty", new { status = "on-duty" });

    /// <summary>An officer who may act on city-management matters: certified for them and acknowledged.</summary>
    public static async Task Qualified(TestHost host, string badge, string name, string certificate, params string[] fields)
    {
        await Register(host, badge, name);
        await Certify(host, badge, certificate, fields.Length > 0 ? fields : ["city-management"]);
        await Acknowledge(host, badge);
    }

    /// <summary>Asks the roster over the bus, as the procedure does.</summary>
    public static async Task<OfficerCheck> Check(TestHost host, string[] badges, string department = "city-management",
        DateOnly? on = null, string? party = null, Guid? caseId = null)
    {
        _ = host.Http;
        using var scope = host.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>()
            .Send(new CheckActingOfficers(badges, department, on ?? Today, party, caseId));
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<TestHost, Dictionary<string, Api>> Callers = new();

    /// <summary>The API signed in as a named user with the given role (created on first use in this host).</summary>
    public static async Task<Api> As(TestHost host, string username, string role = Shared.Primitives.Roles.Officer)
    {
        var known = Callers.GetOrCreateValue(host);
        if (!known.TryGetValue(username, out var api))
            known[username] = api = new Api(await host.UserAsync(username, [role]));
        return api;
    }

    /// <summary>Fires the duty-check job through Hangfire and waits until that run has succeeded.</summary>
    public static Task RunDutyChecksAsync(TestHost host)
    {
        _ = host.Http;
        return host.RunRecurringJobAsync(DutyCheckJob.RecurringId);
    }
}
